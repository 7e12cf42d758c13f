import type { RoleDef } from "../types";

export const lawyer: RoleDef = {
  slug: "lawyer",
  title: "Lawyer",
  industry: "legal",
  socCode: "23-1011",
  aliases: [
    "Attorney",
    "Associate attorney",
    "Solicitor",
    "Counsel",
    "In-house counsel",
    "Corporate lawyer",
    "Litigation attorney",
    "Litigator",
    "General counsel",
  ],
  overview:
    "Lawyers advise clients on their rights and obligations, draft and negotiate the documents that bind them, and represent them in disputes, transactions and before regulators. Legal AI now handles a real share of research, first drafts of contracts and briefs, and document review, which squeezes the billable hours that junior associates used to spend on them. What clients pay for is still human: strategic advice, negotiation, advocacy in court, ethical judgment, and a licensed professional who is accountable for the result. Lawyers who supervise AI-assisted work well and price on value rather than hours are best placed.",
  tasks: [
    {
      slug: "research-memos",
      kind: "at_risk",
      title: "Research the law and write research memos",
      description:
        "Find the governing statutes, regulations and cases on a client's question and write up how they apply. Legal research assistants now return cited answers and draft memos for the lawyer to test.",
      importance: 0.12,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "legal-research", weight: 3 },
        { skill: "legal-writing", weight: 2 },
        { skill: "westlaw", weight: 1 },
      ],
    },
    {
      slug: "draft-contracts",
      kind: "at_risk",
      title: "Draft and mark up contracts",
      description:
        "Prepare first drafts of agreements from precedents and review the other side's paper for risky or missing terms. Contract AI proposes clauses and redlines against the firm's playbook.",
      importance: 0.12,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "contract-drafting", weight: 3 },
        { skill: "legal-writing", weight: 1 },
      ],
    },
    {
      slug: "draft-motions-briefs",
      kind: "at_risk",
      title: "Draft motions and briefs",
      description:
        "Write the first versions of motions, briefs and pleadings, including statements of facts built from the record. Generative tools produce usable drafts; the argument and its framing still come from the lawyer.",
      importance: 0.1,
      exposure: 0.45,
      timeline: "1-2y",
      skills: [
        { skill: "legal-writing", weight: 3 },
        { skill: "civil-procedure", weight: 1 },
        { skill: "legal-research", weight: 1 },
      ],
    },
    {
      slug: "review-discovery-diligence",
      kind: "at_risk",
      title: "Review documents in discovery and due diligence",
      description:
        "Read through produced documents or a deal data room to find key evidence and legal risks. AI review tools now code and summarise most of the set for lawyer sign-off.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "document-review", weight: 2 },
        { skill: "legal-due-diligence", weight: 2 },
        { skill: "e-discovery", weight: 1 },
      ],
    },
    {
      slug: "track-regulatory-change",
      kind: "at_risk",
      title: "Track and summarise regulatory changes",
      description:
        "Monitor new rules, guidance and decisions in a practice area and tell clients what changed for them. AI alerts and summaries cover the tracking and first-draft client notes.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "legal-research", weight: 2 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "time-entries-billing",
      kind: "at_risk",
      title: "Write time entries and matter budgets",
      description:
        "Record billable time with narratives and prepare fee estimates for new matters. Practice-management tools now capture activity and draft entries automatically.",
      importance: 0.03,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "clio", weight: 1 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "advise-clients",
      kind: "safe",
      title: "Advise clients on strategy and risk",
      description:
        "Understand what the client is trying to achieve, weigh legal risk against business goals and recommend a course they can act on.",
      importance: 0.15,
      exposure: 0.15,
      protectedBy: ["judgment", "trust", "accountability"],
      skills: [
        { skill: "client-counseling", weight: 3 },
        { skill: "critical-thinking", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "negotiate",
      kind: "safe",
      title: "Negotiate deals and settlements",
      description:
        "Negotiate contract terms, settlements and plea or regulatory outcomes with the other side, reading people and deciding when to concede.",
      importance: 0.12,
      exposure: 0.1,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "negotiation", weight: 3 },
        { skill: "contract-drafting", weight: 1 },
      ],
    },
    {
      slug: "court-advocacy",
      kind: "safe",
      title: "Argue in court and take depositions",
      description:
        "Examine witnesses, argue motions and try cases before judges and juries, adapting in real time to what happens in the room.",
      importance: 0.1,
      exposure: 0.05,
      protectedBy: ["physical-presence", "accountability"],
      skills: [
        { skill: "trial-advocacy", weight: 3 },
        { skill: "civil-procedure", weight: 1 },
      ],
    },
    {
      slug: "supervise-ai-work",
      kind: "safe",
      title: "Supervise associates, paralegals and AI output",
      description:
        "Set the approach, review drafts and AI-generated research line by line and take professional responsibility for everything filed or sent.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["accountability", "ethics", "leadership"],
      skills: [
        { skill: "legal-ethics", weight: 2 },
        { skill: "leadership", weight: 1 },
        { skill: "legal-research", weight: 1 },
      ],
    },
    {
      slug: "ethics-privilege",
      kind: "safe",
      title: "Own conflicts, privilege and ethical calls",
      description:
        "Decide on conflicts of interest, protect privilege and confidentiality, including what client data may go into AI tools, and handle ethical dilemmas.",
      importance: 0.04,
      exposure: 0.1,
      protectedBy: ["ethics"],
      skills: [
        { skill: "legal-ethics", weight: 3 },
        { skill: "critical-thinking", weight: 1 },
      ],
    },
    {
      slug: "develop-client-relationships",
      kind: "safe",
      title: "Develop client relationships",
      description:
        "Win and keep clients through referrals, industry knowledge and being the adviser they call first.",
      importance: 0.03,
      exposure: 0.1,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "stakeholder-management", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "harvey",
      effect: "augments",
      tasks: ["research-memos", "draft-contracts", "review-discovery-diligence", "draft-motions-briefs"],
      note: "Drafts memos and agreements and analyses large document sets, with the lawyer directing and checking the work.",
    },
    {
      tool: "cocounsel",
      effect: "augments",
      tasks: ["research-memos", "draft-motions-briefs", "court-advocacy"],
      note: "Runs Westlaw-grounded research, drafts briefs and prepares deposition outlines.",
    },
    {
      tool: "lexis-plus-ai",
      effect: "augments",
      tasks: ["research-memos", "track-regulatory-change"],
      note: "Answers legal questions with Lexis citations and summarises new decisions and rules.",
    },
    {
      tool: "spellbook",
      effect: "augments",
      tasks: ["draft-contracts", "negotiate"],
      note: "Suggests clauses and redlines in Word and flags terms that are off-market before a negotiation.",
    },
    {
      tool: "luminance",
      effect: "automates",
      tasks: ["review-discovery-diligence"],
      note: "Reviews contract sets in due diligence and highlights anomalies against the firm's precedents.",
    },
  ],
  certifications: ["cipp-us", "aigp", "ceds", "nbta-civil-trial-law"],
  salary: {
    entry: { min: 75000, max: 160000, changePct: [-8, 2] },
    mid: { min: 120000, max: 230000, changePct: [-2, 5] },
    senior: { min: 180000, max: 400000, changePct: [2, 10] },
    note: "Pay varies widely by market (small firm, government, in-house, large firm). AI compresses the hours billed for junior research and review, which pressures entry roles and hourly-billing models; lawyers with client relationships, trial or negotiation skill and AI-governance or privacy expertise see the strongest growth.",
  },
  adaptation: [
    {
      title: "Supervise AI like a junior associate",
      detail:
        "Use legal AI for first drafts and research, but check every citation and factual claim, keep a verification record, and learn where each tool tends to be wrong.",
      tasks: ["research-memos", "draft-motions-briefs", "supervise-ai-work"],
      skills: ["harvey", "cocounsel", "legal-research"],
    },
    {
      title: "Lean into advocacy, negotiation and counselling",
      detail:
        "Seek more client-facing, deposition, hearing and negotiation work early; these are the skills clients pay a premium for once drafting is cheap.",
      tasks: ["advise-clients", "negotiate", "court-advocacy"],
      skills: ["negotiation", "trial-advocacy", "client-counseling"],
    },
    {
      title: "Build an AI-law or privacy practice",
      detail:
        "Clients need advice on AI governance, data privacy and automated decision rules; the CIPP/US and AIGP credentials are a recognised way in.",
      tasks: ["advise-clients", "track-regulatory-change", "ethics-privilege"],
      skills: ["data-privacy", "ai-governance", "legal-ethics"],
    },
    {
      title: "Set your firm's AI-use rules",
      detail:
        "Write the policies on confidentiality, client consent and verification for AI tools, and brief partners and clients on them.",
      tasks: ["ethics-privilege", "supervise-ai-work"],
      skills: ["legal-ethics", "leadership"],
    },
  ],
  related: ["paralegal", "accountant", "hr-specialist"],
};
