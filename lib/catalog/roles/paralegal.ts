import type { RoleDef } from "../types";

export const paralegal: RoleDef = {
  slug: "paralegal",
  title: "Paralegal",
  industry: "legal",
  socCode: "23-2011",
  aliases: [
    "Legal assistant",
    "Litigation paralegal",
    "Corporate paralegal",
    "Senior paralegal",
    "E-discovery paralegal",
    "Legal secretary",
    "Law clerk",
  ],
  overview:
    "Paralegals do much of the preparation behind a lawyer's work: they draft routine documents, research and cite-check, review and organise evidence, summarise depositions and records, manage filing deadlines and keep clients and witnesses informed. Legal AI now performs first-pass document review, summaries and chronologies at a speed no team can match, and drafts standard pleadings and discovery requests. The paralegal's value is shifting to running those tools on real matters, checking their output, keeping deadlines and filings exactly right, and being the person clients, witnesses and vendors actually deal with. E-discovery and litigation-support specialists are in the strongest position.",
  tasks: [
    {
      slug: "draft-routine-documents",
      kind: "at_risk",
      title: "Draft routine pleadings, discovery and letters",
      description:
        "Prepare first drafts of complaints, answers, interrogatories, document requests, subpoenas and client letters from templates and the case file. Legal drafting assistants now produce these drafts from a short instruction.",
      importance: 0.11,
      exposure: 0.55,
      timeline: "now",
      skills: [
        { skill: "legal-writing", weight: 3 },
        { skill: "civil-procedure", weight: 1 },
      ],
    },
    {
      slug: "first-pass-review",
      kind: "at_risk",
      title: "First-pass document review",
      description:
        "Read through produced or collected documents and code them for relevance, privilege and key issues. Generative review tools code whole sets with explanations and leave people to check samples and hard calls.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "document-review", weight: 3 },
        { skill: "e-discovery", weight: 2 },
      ],
    },
    {
      slug: "research-cite-check",
      kind: "at_risk",
      title: "Run preliminary research and cite-check briefs",
      description:
        "Find cases and statutes on a narrow point and confirm every citation in a brief is accurate and still good law. Research assistants answer with citations and flag negative treatment automatically.",
      importance: 0.08,
      exposure: 0.55,
      timeline: "now",
      skills: [
        { skill: "legal-research", weight: 3 },
        { skill: "westlaw", weight: 1 },
        { skill: "lexisnexis", weight: 1 },
      ],
    },
    {
      slug: "summarize-depositions-records",
      kind: "at_risk",
      title: "Summarise depositions and records",
      description:
        "Write digests of deposition transcripts, medical records and business records for the attorney. AI summarisation handles long transcripts in minutes with page-line references.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "litigation-support", weight: 2 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "build-chronologies",
      kind: "at_risk",
      title: "Build case chronologies and exhibit indexes",
      description:
        "Turn the evidence into timelines, witness lists and exhibit indexes the team can work from. Case-analysis tools extract dates, people and events straight from the documents.",
      importance: 0.05,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "litigation-support", weight: 3 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "abstract-contracts",
      kind: "at_risk",
      title: "Abstract key terms from contracts",
      description:
        "Pull parties, dates, renewal, assignment and change-of-control terms from contracts for diligence charts or a contract database. Contract AI extracts these fields across thousands of agreements.",
      importance: 0.05,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "legal-due-diligence", weight: 2 },
        { skill: "contract-drafting", weight: 1 },
      ],
    },
    {
      slug: "manage-deadlines-filings",
      kind: "safe",
      title: "Manage court deadlines and filings",
      description:
        "Calendar every deadline a filing or order triggers, prepare filings to each court's local rules and file them on time. A missed date harms the client, so someone must own it.",
      importance: 0.12,
      exposure: 0.25,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "court-filing", weight: 3 },
        { skill: "civil-procedure", weight: 2 },
        { skill: "time-management", weight: 1 },
      ],
    },
    {
      slug: "client-witness-contact",
      kind: "safe",
      title: "Interview clients and coordinate witnesses",
      description:
        "Take intake interviews, gather documents from clients, keep them updated and schedule and prepare witnesses for depositions and trial.",
      importance: 0.11,
      exposure: 0.15,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "client-counseling", weight: 2 },
        { skill: "communication", weight: 2 },
        { skill: "empathy", weight: 1 },
      ],
    },
    {
      slug: "trial-support",
      kind: "safe",
      title: "Prepare exhibits and support attorneys at trial",
      description:
        "Assemble trial binders and exhibits, run presentation software in the courtroom and handle the last-minute problems of hearing and trial days.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "litigation-support", weight: 3 },
        { skill: "problem-solving", weight: 1 },
      ],
    },
    {
      slug: "coordinate-ediscovery",
      kind: "safe",
      title: "Coordinate e-discovery with vendors and IT",
      description:
        "Scope collections with client IT, agree search terms and protocols with opposing counsel's team, manage review vendors and keep productions defensible.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "e-discovery", weight: 3 },
        { skill: "relativity", weight: 1 },
        { skill: "project-management", weight: 1 },
      ],
    },
    {
      slug: "verify-ai-work-product",
      kind: "safe",
      title: "Verify AI-drafted work product",
      description:
        "Check AI-generated summaries, coding decisions and drafts against the sources, catch invented citations and document the review before anything goes to the attorney or a court.",
      importance: 0.12,
      exposure: 0.2,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "legal-research", weight: 2 },
        { skill: "legal-ethics", weight: 2 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "relativity-air",
      effect: "automates",
      tasks: ["first-pass-review"],
      note: "Codes document sets for relevance and privilege with written rationales, so paralegals validate samples instead of reading every file.",
    },
    {
      tool: "cocounsel",
      effect: "augments",
      tasks: [
        "research-cite-check",
        "summarize-depositions-records",
        "build-chronologies",
        "draft-routine-documents",
      ],
      note: "Researches on Westlaw, summarises transcripts, builds timelines and drafts discovery requests for review.",
    },
    {
      tool: "lexis-plus-ai",
      effect: "augments",
      tasks: ["research-cite-check", "draft-routine-documents"],
      note: "Answers research questions with Lexis citations and drafts routine motions and letters.",
    },
    {
      tool: "everlaw-ai-assistant",
      effect: "augments",
      tasks: ["first-pass-review", "build-chronologies", "coordinate-ediscovery"],
      note: "Summarises and codes documents across a review set and answers questions about the evidence.",
    },
    {
      tool: "harvey",
      effect: "augments",
      tasks: ["abstract-contracts", "summarize-depositions-records", "draft-routine-documents"],
      note: "Extracts terms across large contract sets into diligence tables and drafts first versions of routine documents.",
    },
  ],
  certifications: ["nala-certified-paralegal", "ceds", "cipp-us"],
  salary: {
    entry: { min: 42000, max: 55000, changePct: [-10, -2] },
    mid: { min: 55000, max: 75000, changePct: [-5, 3] },
    senior: { min: 70000, max: 100000, changePct: [0, 7] },
    note: "Firms need fewer junior paralegals for review, summaries and routine drafting, which weighs on entry pay. Paralegals who run e-discovery and legal AI tools, own deadlines and manage matters for several attorneys are harder to replace and gain a premium.",
  },
  adaptation: [
    {
      title: "Become the team's legal-AI operator",
      detail:
        "Learn the firm's review and research AI in depth, write the prompts and review protocols, and measure accuracy on each matter so attorneys trust the output.",
      tasks: ["first-pass-review", "summarize-depositions-records", "verify-ai-work-product"],
      skills: ["relativity-air", "cocounsel", "ai-literacy"],
    },
    {
      title: "Specialise in e-discovery",
      detail:
        "Move from reviewing documents to managing collections, search protocols and productions; the CEDS credential signals this.",
      tasks: ["coordinate-ediscovery", "first-pass-review"],
      skills: ["e-discovery", "relativity", "project-management"],
    },
    {
      title: "Own deadlines, filings and court rules",
      detail:
        "Be the expert on local rules and e-filing for your courts and run the docketing for your group; accuracy here is valued above speed.",
      tasks: ["manage-deadlines-filings", "trial-support"],
      skills: ["court-filing", "civil-procedure"],
    },
    {
      title: "Keep the human side of the case",
      detail:
        "Take on more client intake, witness preparation and trial support, where presence and trust matter more than drafting speed.",
      tasks: ["client-witness-contact", "trial-support"],
      skills: ["client-counseling", "communication", "empathy"],
    },
  ],
  related: ["lawyer", "administrative-assistant", "technical-writer"],
};
