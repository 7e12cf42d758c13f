import type { RoleDef } from "../types";

export const technicalWriter: RoleDef = {
  slug: "technical-writer",
  title: "Technical Writer",
  industry: "technology",
  socCode: "27-3042",
  aliases: [
    "Documentation engineer",
    "API documentation writer",
    "Technical communicator",
    "Information developer",
    "Content designer",
    "Docs writer",
  ],
  overview:
    "Technical writers explain products to the people who install, integrate, operate and support them: how-to guides, API references, release notes, admin manuals and in-product help. " +
    "Drafting, editing and keeping text in step with product changes are the tasks large language models handle best, and documentation platforms now generate reference pages from code and update articles from pull requests. " +
    "The writer's lasting contribution is finding out what is true by questioning engineers and trying the product, deciding what each audience needs and how the documentation set is organised, and standing behind content where an error has safety or legal consequences. " +
    "The role is turning into documentation engineering and content strategy, with fewer people writing first drafts by hand.",
  tasks: [
    {
      slug: "draft-procedures",
      kind: "at_risk",
      title: "Draft how-to guides and tutorials",
      description:
        "Write step-by-step procedures, quick starts and tutorials from specifications, tickets and demos.",
      importance: 0.19,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 3 },
        { skill: "markdown", weight: 1 },
        { skill: "docs-as-code", weight: 1 },
      ],
    },
    {
      slug: "write-api-reference",
      kind: "at_risk",
      title: "Write API and SDK reference pages",
      description:
        "Describe endpoints, parameters, errors and code samples from OpenAPI files and source comments.",
      importance: 0.1,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "api-documentation", weight: 3 },
        { skill: "openapi", weight: 2 },
        { skill: "rest-api", weight: 1 },
      ],
    },
    {
      slug: "compile-release-notes",
      kind: "at_risk",
      title: "Compile release notes and changelogs",
      description:
        "Turn merged tickets and commit messages into customer-facing notes grouped by feature, fix and breaking change.",
      importance: 0.07,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 3 },
        { skill: "jira", weight: 1 },
        { skill: "git", weight: 1 },
      ],
    },
    {
      slug: "edit-for-style",
      kind: "at_risk",
      title: "Edit content for style and terminology",
      description:
        "Edit drafts from writers and engineers for clarity, consistent terms, voice and compliance with the style guide.",
      importance: 0.09,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "editing-and-proofreading", weight: 3 },
        { skill: "technical-writing", weight: 2 },
      ],
    },
    {
      slug: "update-docs-for-changes",
      kind: "at_risk",
      title: "Keep existing pages in step with the product",
      description:
        "Find and fix every page, screenshot and sample affected by a product change, deprecation or renamed setting.",
      importance: 0.11,
      exposure: 0.75,
      timeline: "1-2y",
      skills: [
        { skill: "docs-as-code", weight: 3 },
        { skill: "git", weight: 2 },
        { skill: "technical-writing", weight: 1 },
      ],
    },
    {
      slug: "prepare-localisation",
      kind: "at_risk",
      title: "Prepare and manage translated content",
      description:
        "Simplify source text for translation, maintain glossaries and review machine-translated pages for the supported languages.",
      importance: 0.04,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "localization", weight: 3 },
        { skill: "editing-and-proofreading", weight: 1 },
      ],
    },
    {
      slug: "create-diagrams-screenshots",
      kind: "at_risk",
      title: "Create diagrams and annotated screenshots",
      description:
        "Produce architecture diagrams, flowcharts and annotated screenshots that make a procedure easier to follow.",
      importance: 0.04,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "diagramming", weight: 3 },
        { skill: "visual-design", weight: 1 },
      ],
    },
    {
      slug: "interview-subject-experts",
      kind: "safe",
      title: "Extract knowledge from engineers and experts",
      description:
        "Question developers, support staff and product managers to learn how a feature really behaves, including the limits and workarounds nobody wrote down.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["tacit-knowledge", "stakeholders"],
      skills: [
        { skill: "interviewing", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "technical-aptitude", weight: 2 },
      ],
    },
    {
      slug: "design-information-architecture",
      kind: "safe",
      title: "Design the documentation structure",
      description:
        "Decide which content types exist for which audiences, how the set is navigated and reused, and what not to document at all.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["judgment", "novel-design"],
      skills: [
        { skill: "information-architecture", weight: 3 },
        { skill: "content-strategy", weight: 2 },
      ],
    },
    {
      slug: "verify-against-product",
      kind: "safe",
      title: "Test instructions against the real product",
      description:
        "Run every procedure in a real environment, catch steps that fail or skip prerequisites, and decide when content is accurate enough to publish.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "technical-aptitude", weight: 3 },
        { skill: "attention-to-detail", weight: 2 },
      ],
    },
    {
      slug: "own-regulated-content",
      kind: "safe",
      title: "Own safety, compliance and legal content",
      description:
        "Write and sign off warnings, regulatory statements and security guidance where a mistake can injure someone or breach a contract.",
      importance: 0.05,
      exposure: 0.35,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "regulatory-compliance", weight: 3 },
        { skill: "technical-writing", weight: 2 },
      ],
    },
    {
      slug: "lead-docs-strategy",
      kind: "safe",
      title: "Measure documentation and argue for it",
      description:
        "Use search data, support tickets and reader feedback to find gaps, and win time and priority for documentation in product planning.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "content-strategy", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "mintlify",
      effect: "automates",
      tasks: ["write-api-reference", "update-docs-for-changes"],
      note: "Generates reference pages from API specs and proposes page updates when the code changes; its assistant answers reader questions from the published docs.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["draft-procedures", "compile-release-notes", "edit-for-style"],
      note: "Drafts procedures from specs and transcripts, turns ticket lists into release notes and edits long documents against a style guide.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["update-docs-for-changes", "write-api-reference"],
      note: "In a docs-as-code repository it completes Markdown, code samples and config examples next to the source.",
    },
    {
      tool: "grammarly",
      effect: "automates",
      tasks: ["edit-for-style"],
      note: "Checks grammar, clarity and company style rules as text is written, leaving the editor the substantive edits.",
    },
    {
      tool: "deepl",
      effect: "automates",
      tasks: ["prepare-localisation"],
      note: "Produces first-pass translations with enforced glossaries that linguists then review.",
    },
  ],
  certifications: ["tekom-technical-communicator-professional", "iaap-cpacc", "google-ux-design-certificate"],
  salary: {
    entry: { min: 55000, max: 75000, changePct: [-12, -2] },
    mid: { min: 75000, max: 105000, changePct: [-6, 2] },
    senior: { min: 100000, max: 145000, changePct: [-2, 6] },
    note: "First-draft writing is where generative AI is strongest, so generalist writing jobs and junior pay are under pressure; writers who run docs-as-code pipelines, own API and developer documentation or regulated content, and curate content for AI assistants keep their value.",
  },
  adaptation: [
    {
      title: "Become a documentation engineer",
      detail:
        "Move your content into a Git-based docs-as-code setup with automated checks, previews and generated reference pages, and own that pipeline.",
      tasks: ["update-docs-for-changes", "write-api-reference"],
      skills: ["docs-as-code", "git", "mintlify"],
    },
    {
      title: "Write with AI, verify by hand",
      detail:
        "Draft with an assistant from specs and interview notes, then test every step in the product before publishing; track the errors you catch to show the value of review.",
      tasks: ["draft-procedures", "verify-against-product"],
      skills: ["claude", "technical-aptitude"],
    },
    {
      title: "Own the information architecture",
      detail:
        "Define content types, templates and navigation for your documentation set so that both human writers and AI tools produce consistent pages.",
      tasks: ["design-information-architecture", "lead-docs-strategy"],
      skills: ["information-architecture", "content-strategy"],
    },
    {
      title: "Write for AI retrieval",
      detail:
        "Structure docs so support chatbots and in-product assistants answer correctly: clear headings, self-contained sections and explicit version information.",
      tasks: ["design-information-architecture", "update-docs-for-changes"],
      skills: ["content-strategy", "rag"],
    },
    {
      title: "Specialise where errors are costly",
      detail:
        "Build depth in API and developer documentation or in regulated fields such as medical devices, where accuracy and sign-off matter most.",
      tasks: ["own-regulated-content", "write-api-reference"],
      skills: ["api-documentation", "regulatory-compliance"],
    },
  ],
  related: ["copywriter", "ux-ui-designer", "product-manager", "training-specialist", "qa-engineer"],
};
