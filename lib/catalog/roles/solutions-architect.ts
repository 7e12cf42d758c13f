import type { RoleDef } from "../types";

export const solutionsArchitect: RoleDef = {
  slug: "solutions-architect",
  title: "Solutions Architect",
  industry: "technology",
  aliases: [
    "Technical solutions architect",
    "Pre-sales solutions architect",
    "Sales engineer",
    "Solutions engineer",
    "Enterprise solutions architect",
    "Customer solutions architect",
  ],
  overview:
    "Solutions architects turn a business problem into a technical design that a customer or an internal sponsor will fund, then see it through to the teams that build it. At vendors and consultancies the role sits next to sales: discovery workshops, demos, proposals and proof-of-concept builds; inside companies it shapes how new systems fit the existing landscape. AI already writes much of the proposal text, answers security questionnaires and spins up demo code, so the volume of documents per architect is rising. Trust with the client, reading what they actually need, and putting your name to a feasible design are what keep the role valuable.",
  tasks: [
    {
      slug: "write-proposals-and-rfp-responses",
      kind: "at_risk",
      title: "Write proposals and RFP responses",
      description:
        "Produce the technical sections of proposals, statements of work and tender responses, adapting reusable material to each client. Generative tools now draft most of these sections from past answers.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 3 },
        { skill: "solution-architecture", weight: 2 },
      ],
    },
    {
      slug: "build-demos-and-proofs-of-concept",
      kind: "at_risk",
      title: "Build demos and proofs of concept",
      description:
        "Stand up a working prototype that shows the product or design solving the client's case, often with their sample data. Coding agents make a convincing demo a matter of hours rather than days.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "python", weight: 2 },
        { skill: "api-design", weight: 2 },
        { skill: "aws", weight: 1 },
      ],
    },
    {
      slug: "answer-technical-questionnaires",
      kind: "at_risk",
      title: "Answer security and technical questionnaires",
      description:
        "Complete vendor-assessment, security and compliance questionnaires about how the solution handles data, identity and availability. Answer libraries with AI retrieval fill in most of them automatically.",
      importance: 0.06,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "cloud-security", weight: 2 },
        { skill: "compliance", weight: 2 },
      ],
    },
    {
      slug: "document-solution-designs",
      kind: "at_risk",
      title: "Produce solution diagrams and design documents",
      description:
        "Document components, data flows, interfaces and non-functional requirements for the chosen design. Diagram and document generators now produce clean first versions from notes.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "solution-architecture", weight: 3 },
        { skill: "technical-writing", weight: 2 },
      ],
    },
    {
      slug: "map-system-integrations",
      kind: "at_risk",
      title: "Map integrations between systems",
      description:
        "Work out which APIs, events and data mappings connect the new solution to CRM, ERP, identity and data platforms. Assistants read API specifications and propose mappings that an architect then checks.",
      importance: 0.07,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "api-integration", weight: 3 },
        { skill: "api-design", weight: 2 },
      ],
    },
    {
      slug: "estimate-effort-and-cost",
      kind: "at_risk",
      title: "Estimate effort, licences and running costs",
      description:
        "Size the implementation effort, licence counts and infrastructure costs that go into the commercial offer. Estimation assistants produce ranges from similar past projects.",
      importance: 0.06,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "estimation", weight: 3 },
        { skill: "cloud-cost-optimization", weight: 1 },
      ],
    },
    {
      slug: "run-discovery-workshops",
      kind: "safe",
      title: "Run discovery workshops with clients",
      description:
        "Lead sessions with business and technical stakeholders to uncover goals, constraints and unstated politics, and agree what success looks like. The value is in the questions asked and what people reveal in the room.",
      importance: 0.14,
      exposure: 0.2,
      protectedBy: ["stakeholders", "tacit-knowledge"],
      skills: [
        { skill: "requirements-gathering", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "stakeholder-management", weight: 1 },
      ],
    },
    {
      slug: "shape-the-solution",
      kind: "safe",
      title: "Shape the solution and its trade-offs",
      description:
        "Decide how the pieces fit (build, buy or integrate, which platform, which compromises) for this client's constraints and budget. It is a design judgment that combines technology and commercial reality.",
      importance: 0.14,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "solution-architecture", weight: 3 },
        { skill: "system-design", weight: 2 },
      ],
    },
    {
      slug: "present-to-decision-makers",
      kind: "safe",
      title: "Present and defend the design to decision makers",
      description:
        "Walk executives and technical evaluators through the proposal, handle hard objections live and build the confidence that wins the deal or the budget.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "presentation-skills", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "hand-over-to-delivery",
      kind: "safe",
      title: "Hand the solution over to delivery teams and stay accountable",
      description:
        "Brief implementation teams, settle design questions that arise during the build, and protect the client from a design that quietly drifts from what was sold.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["accountability", "stakeholders"],
      skills: [
        { skill: "solution-architecture", weight: 2 },
        { skill: "project-management", weight: 2 },
      ],
    },
    {
      slug: "sign-off-feasibility-and-risk",
      kind: "safe",
      title: "Sign off feasibility and delivery risk",
      description:
        "Judge whether what sales or the sponsor promised can really be built on time and on budget, and say no or reshape the scope when it cannot.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "risk-management", weight: 3 },
        { skill: "solution-architecture", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "chatgpt",
      effect: "automates",
      tasks: ["write-proposals-and-rfp-responses", "answer-technical-questionnaires"],
      note: "With a project holding past proposals and security answers, it drafts RFP sections and questionnaire answers for the architect to correct.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["document-solution-designs", "map-system-integrations", "shape-the-solution"],
      note: "Reads long API specifications and client documents, proposes integration mappings and drafts design documents.",
    },
    {
      tool: "cursor",
      effect: "augments",
      tasks: ["build-demos-and-proofs-of-concept"],
      note: "Builds a tailored demo application or integration prototype quickly from a description of the client's scenario.",
    },
    {
      tool: "amazon-q-developer",
      effect: "augments",
      tasks: ["build-demos-and-proofs-of-concept", "estimate-effort-and-cost"],
      note: "Generates AWS infrastructure for proofs of concept and answers service and pricing questions while sizing the solution.",
    },
    {
      tool: "gemini-cloud-assist",
      effect: "augments",
      tasks: ["document-solution-designs"],
      note: "Produces architecture diagrams with deployable configuration for designs that run on Google Cloud.",
    },
  ],
  certifications: [
    "aws-certified-solutions-architect-associate",
    "aws-certified-solutions-architect-professional",
    "azure-solutions-architect-expert",
    "google-cloud-professional-cloud-architect",
  ],
  salary: {
    entry: { min: 100000, max: 135000, changePct: [-3, 3] },
    mid: { min: 135000, max: 180000, changePct: [0, 6] },
    senior: { min: 175000, max: 250000, changePct: [2, 9] },
    note: "Base pay shown; pre-sales architects often add 15–30% variable pay. Proposal and demo work is getting cheaper, which raises the bar for junior architects, while those who can design and sell AI solutions are in short supply.",
  },
  adaptation: [
    {
      title: "Build an AI-backed answer library",
      detail:
        "Curate approved proposal sections, security answers and reference designs in one repository and let an assistant draft from it, so each RFP costs hours instead of days and answers stay consistent.",
      tasks: ["write-proposals-and-rfp-responses", "answer-technical-questionnaires"],
      skills: ["chatgpt", "technical-writing"],
    },
    {
      title: "Learn to architect generative-AI solutions",
      detail:
        "Clients increasingly ask for retrieval, agents and model integration; learn retrieval-augmented generation patterns, evaluation and data-privacy constraints well enough to design and scope them.",
      tasks: ["shape-the-solution", "sign-off-feasibility-and-risk"],
      skills: ["llm-application-development", "solution-architecture"],
    },
    {
      title: "Sharpen discovery and executive communication",
      detail:
        "Practise structured discovery (for example MEDDICC-style qualification questions) and short, decision-oriented presentations; this is where clients judge an architect and where AI helps least.",
      tasks: ["run-discovery-workshops", "present-to-decision-makers"],
      skills: ["requirements-gathering", "presentation-skills", "stakeholder-management"],
    },
    {
      title: "Prototype in hours with coding agents",
      detail:
        "Use Cursor or Claude Code to turn discovery notes into a working proof of concept before the next meeting, and reuse the time saved to test it against the client's real data.",
      tasks: ["build-demos-and-proofs-of-concept", "map-system-integrations"],
      skills: ["cursor", "api-design"],
    },
  ],
  related: [
    "cloud-architect",
    "product-manager",
    "backend-developer",
    "devops-engineer",
    "engineering-manager",
  ],
};
