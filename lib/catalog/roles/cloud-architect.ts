import type { RoleDef } from "../types";

export const cloudArchitect: RoleDef = {
  slug: "cloud-architect",
  title: "Cloud Architect",
  industry: "technology",
  aliases: [
    "Cloud solutions architect",
    "Cloud infrastructure architect",
    "AWS architect",
    "Azure architect",
    "GCP architect",
    "Cloud platform architect",
  ],
  overview:
    "Cloud architects decide how an organisation uses AWS, Azure or Google Cloud: the account and network layout, the security and governance model, which managed services to adopt and how existing systems get migrated. They produce target architectures, landing zones, cost models and standards, then steer engineering teams toward them. AI now drafts diagrams, compares services, estimates costs and writes landing-zone code, which compresses the documentation side of the job. The decisions themselves (what to centralise, how much resilience to pay for, what risk the business accepts) stay with the architect and the stakeholders they persuade.",
  tasks: [
    {
      slug: "draw-reference-architectures",
      kind: "at_risk",
      title: "Draw reference architectures and write design documents",
      description:
        "Turn an agreed design into diagrams, decision records and written standards that teams can follow. Cloud consoles and diagramming assistants now generate both from a description or from existing infrastructure.",
      importance: 0.08,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "cloud-architecture", weight: 3 },
        { skill: "technical-writing", weight: 2 },
      ],
    },
    {
      slug: "compare-cloud-services",
      kind: "at_risk",
      title: "Research and compare managed services",
      description:
        "Evaluate options such as serverless versus containers, or one managed database against another, on limits, pricing and lock-in. Assistants answer most of these comparisons quickly, if not always with current quotas.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "aws", weight: 2 },
        { skill: "azure", weight: 2 },
        { skill: "google-cloud", weight: 2 },
      ],
    },
    {
      slug: "model-cloud-costs",
      kind: "at_risk",
      title: "Build cost estimates and total-cost-of-ownership models",
      description:
        "Price a proposed design, compare it with the current estate and show savings from reservations, rightsizing or re-architecture. Pricing calculators with AI assistance produce these models from a design.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "cloud-cost-optimization", weight: 3 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "write-landing-zone-code",
      kind: "at_risk",
      title: "Write landing-zone and guardrail templates",
      description:
        "Codify account structure, networking, logging and baseline policies as Terraform, Bicep or CloudFormation templates. Generated templates are now a reasonable starting point that engineers review.",
      importance: 0.1,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "infrastructure-as-code", weight: 3 },
        { skill: "terraform", weight: 2 },
        { skill: "cloud-networking", weight: 1 },
      ],
    },
    {
      slug: "run-well-architected-reviews",
      kind: "at_risk",
      title: "Run framework-based architecture reviews",
      description:
        "Check workloads against the providers' Well-Architected pillars and list gaps in resilience, security and cost. Much of this checklist work is now done by automated assessments and assistants reading the configuration.",
      importance: 0.07,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "cloud-architecture", weight: 2 },
        { skill: "cloud-security", weight: 2 },
        { skill: "high-availability", weight: 1 },
      ],
    },
    {
      slug: "map-controls-to-policies",
      kind: "at_risk",
      title: "Map compliance controls to cloud policies",
      description:
        "Translate requirements from frameworks such as ISO 27001 or SOC 2 into concrete policies, tags and configuration rules. AI drafts the mapping; auditors and architects confirm it.",
      importance: 0.05,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "compliance", weight: 3 },
        { skill: "cloud-security", weight: 2 },
      ],
    },
    {
      slug: "decide-target-architecture",
      kind: "safe",
      title: "Decide the target cloud architecture",
      description:
        "Choose the organising principles for the estate (multi-account layout, hub-and-spoke or mesh networking, single or multi-cloud, build versus buy) weighing cost, risk, skills and vendor strategy. Each choice binds the organisation for years.",
      importance: 0.15,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment", "accountability"],
      skills: [
        { skill: "cloud-architecture", weight: 3 },
        { skill: "system-design", weight: 2 },
        { skill: "distributed-systems", weight: 1 },
      ],
    },
    {
      slug: "plan-migrations",
      kind: "safe",
      title: "Plan migrations of existing systems",
      description:
        "Decide for each application whether to rehost, replatform, refactor or retire it, sequence the waves and plan cutovers around the business calendar. It depends on knowing the systems, their owners and their hidden dependencies.",
      importance: 0.12,
      exposure: 0.3,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "cloud-migration", weight: 3 },
        { skill: "project-management", weight: 1 },
        { skill: "stakeholder-management", weight: 1 },
      ],
    },
    {
      slug: "own-governance-and-security-model",
      kind: "safe",
      title: "Own the cloud governance and security model",
      description:
        "Define identity boundaries, data residency, encryption and who may create what, and answer for these choices to security and audit. Regulators and boards expect a named person behind them.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "cloud-security", weight: 3 },
        { skill: "identity-and-access-management", weight: 2 },
        { skill: "compliance", weight: 1 },
      ],
    },
    {
      slug: "align-leaders-on-roadmap",
      kind: "safe",
      title: "Win agreement on the cloud roadmap",
      description:
        "Present options and trade-offs to executives, finance and engineering leads, and negotiate budgets, priorities and timelines. The architecture only happens if people are persuaded.",
      importance: 0.1,
      exposure: 0.15,
      protectedBy: ["stakeholders", "leadership"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "guide-engineering-teams",
      kind: "safe",
      title: "Guide engineering teams through design decisions",
      description:
        "Review teams' designs, unblock them on platform questions and decide when an exception to the standards is justified. This relies on credibility and knowledge of each team's context.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["leadership", "tacit-knowledge"],
      skills: [
        { skill: "mentoring", weight: 2 },
        { skill: "cloud-architecture", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "amazon-q-developer",
      effect: "augments",
      tasks: ["compare-cloud-services", "write-landing-zone-code", "run-well-architected-reviews"],
      note: "Answers AWS service and quota questions against the account's own resources and drafts CloudFormation and CDK for guardrails.",
    },
    {
      tool: "microsoft-copilot-in-azure",
      effect: "augments",
      tasks: ["compare-cloud-services", "model-cloud-costs", "write-landing-zone-code"],
      note: "Explains Azure resources and spending in the portal and writes Bicep, CLI and Azure Policy definitions.",
    },
    {
      tool: "gemini-cloud-assist",
      effect: "augments",
      tasks: ["draw-reference-architectures", "model-cloud-costs", "run-well-architected-reviews"],
      note: "Turns a plain description into a Google Cloud architecture diagram with deployable configuration and flags cost and configuration issues.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["draw-reference-architectures", "map-controls-to-policies", "decide-target-architecture"],
      note: "Drafts decision records and control mappings from long standards documents and acts as a sparring partner when weighing options.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["compare-cloud-services", "align-leaders-on-roadmap"],
      note: "Quick comparisons of service options and first drafts of executive summaries and slide narratives.",
    },
  ],
  certifications: [
    "aws-certified-solutions-architect-professional",
    "azure-solutions-architect-expert",
    "google-cloud-professional-cloud-architect",
    "ccsp",
    "hashicorp-terraform-associate",
  ],
  salary: {
    entry: { min: 115000, max: 145000, changePct: [-3, 3] },
    mid: { min: 145000, max: 190000, changePct: [0, 6] },
    senior: { min: 185000, max: 260000, changePct: [2, 9] },
    note: "Documentation and service research are cheaper with AI, but cloud estates keep growing and AI workloads add GPU, data and cost-governance questions; architects who own governance and migration strategy keep their premium.",
  },
  adaptation: [
    {
      title: "Design for AI workloads",
      detail:
        "Learn how to host and govern model serving, vector stores and GPU capacity on your provider (Amazon Bedrock, Azure OpenAI, Vertex AI), including quotas, data boundaries and cost controls.",
      tasks: ["decide-target-architecture", "own-governance-and-security-model"],
      skills: ["cloud-architecture", "llm-application-development"],
    },
    {
      title: "Automate the paperwork, keep the decisions",
      detail:
        "Generate diagrams, decision records and cost models with the cloud assistants, and spend the recovered time on trade-off workshops and exception reviews with teams.",
      tasks: ["draw-reference-architectures", "model-cloud-costs", "guide-engineering-teams"],
      skills: ["gemini-cloud-assist", "microsoft-copilot-in-azure"],
    },
    {
      title: "Become the FinOps voice in the room",
      detail:
        "Learn FinOps practice (unit economics, commitment planning, showback) so architecture choices are argued in money terms that finance and executives accept.",
      tasks: ["model-cloud-costs", "align-leaders-on-roadmap"],
      skills: ["cloud-cost-optimization", "stakeholder-management"],
    },
    {
      title: "Turn governance into policy as code",
      detail:
        "Express guardrails as code with Azure Policy, AWS Service Control Policies or Open Policy Agent, so compliance is enforced automatically and your role becomes owning the rules rather than checking them.",
      tasks: ["map-controls-to-policies", "own-governance-and-security-model", "write-landing-zone-code"],
      skills: ["policy-as-code", "compliance", "infrastructure-as-code"],
    },
  ],
  related: [
    "solutions-architect",
    "devops-engineer",
    "site-reliability-engineer",
    "security-engineer",
    "network-engineer",
  ],
};
