import type { RoleDef } from "../types";

export const aiEngineer: RoleDef = {
  slug: "ai-engineer",
  title: "AI/LLM Application Engineer",
  industry: "technology",
  socCode: "15-1252",
  aliases: [
    "AI engineer",
    "LLM engineer",
    "Generative AI engineer",
    "GenAI engineer",
    "AI application developer",
    "Applied AI engineer",
    "Prompt engineer",
    "AI agent developer",
  ],
  overview:
    "AI/LLM application engineers build products on top of large language models: assistants, retrieval over company documents, agents that call tools, and AI steps inside ordinary software. " +
    "The role is new and in demand, and it is itself heavily assisted by AI: the glue code around model APIs, prompt drafts, ingestion pipelines, demos and synthetic test sets are quick to generate. " +
    "The hard part is deciding what to build and proving it works: choosing between retrieval, agents, fine-tuning or no model at all, defining evaluations that reflect what users need, guarding against prompt injection and data leaks, and keeping latency and cost under control in production. " +
    "Those judgments, and the accountability for an AI system's behaviour, keep the role's exposure moderate despite the heavy tooling.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "wire-model-apis",
      kind: "at_risk",
      title: "Wire model APIs, SDKs and tool calls",
      description:
        "Write the code that calls model providers, streams responses, parses structured output and exposes functions the model can call. Coding assistants know these SDKs and write most of it.",
      importance: 0.12,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "python", weight: 2 },
        { skill: "llm-application-development", weight: 3 },
        { skill: "typescript", weight: 1 },
      ],
    },
    {
      slug: "write-and-iterate-prompts",
      kind: "at_risk",
      title: "Write and iterate prompts",
      description:
        "Draft system prompts, few-shot examples and output formats, and revise them against failing cases. Models now propose and optimise prompts themselves, given an evaluation set.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "prompt-engineering", weight: 3 },
        { skill: "technical-writing", weight: 1 },
      ],
    },
    {
      slug: "build-ingestion-pipelines",
      kind: "at_risk",
      title: "Build document ingestion and chunking pipelines",
      description:
        "Load, clean, split and embed documents into a vector store with metadata for retrieval. Frameworks and assistants cover the standard pipeline.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "rag", weight: 3 },
        { skill: "vector-databases", weight: 2 },
        { skill: "python", weight: 1 },
      ],
    },
    {
      slug: "build-ai-prototypes",
      kind: "at_risk",
      title: "Build prototypes and internal demos",
      description:
        "Put together a chat interface or workflow demo to show stakeholders what is possible. App generators build these almost entirely.",
      importance: 0.06,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "python", weight: 2 },
        { skill: "streamlit", weight: 1 },
      ],
    },
    {
      slug: "generate-eval-datasets",
      kind: "at_risk",
      title: "Generate synthetic test sets and label outputs",
      description:
        "Produce question-answer pairs, adversarial inputs and graded examples for evaluation, and label model outputs. Models generate and grade much of this, with human spot checks.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "llm-evaluation", weight: 2 },
        { skill: "data-analysis", weight: 1 },
      ],
    },
    {
      slug: "write-ai-service-tests-docs",
      kind: "at_risk",
      title: "Write tests and documentation for AI services",
      description:
        "Write unit tests around deterministic parts, API documentation and usage guides for teams consuming the service. Standard generated work.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "unit-testing", weight: 2 },
        { skill: "technical-writing", weight: 2 },
      ],
    },
    {
      slug: "benchmark-models",
      kind: "at_risk",
      title: "Compare models on quality, cost and latency",
      description:
        "Run the same evaluation across providers and model sizes, tabulate cost and latency and report the trade-offs. Increasingly automated by evaluation platforms.",
      importance: 0.04,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "llm-evaluation", weight: 3 },
        { skill: "data-analysis", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "choose-ai-architecture",
      kind: "safe",
      title: "Choose the right AI architecture for the problem",
      description:
        "Decide between plain prompting, retrieval, an agent with tools, fine-tuning or a conventional solution, and design how the model fits into the product around it.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "llm-application-development", weight: 2 },
        { skill: "ai-agents", weight: 2 },
      ],
    },
    {
      slug: "design-evaluations",
      kind: "safe",
      title: "Define what good looks like and design evaluations",
      description:
        "Work out with domain experts what a correct, useful answer is, turn it into metrics and graders, and decide the bar for release. A model cannot set its own standard.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["judgment", "stakeholders", "accountability"],
      skills: [
        { skill: "llm-evaluation", weight: 3 },
        { skill: "statistics", weight: 1 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "design-guardrails",
      kind: "safe",
      title: "Design guardrails against misuse and harm",
      description:
        "Defend against prompt injection, data exfiltration through tools, harmful or biased output and over-reliance, with layered checks and human review where stakes are high.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "ai-safety", weight: 3 },
        { skill: "application-security", weight: 2 },
      ],
    },
    {
      slug: "run-llm-features-in-production",
      kind: "safe",
      title: "Run LLM features reliably in production",
      description:
        "Monitor quality drift, latency and token spend, handle provider outages and rate limits, and decide when to cache, route to a smaller model or roll back a prompt.",
      importance: 0.08,
      exposure: 0.3,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "llmops", weight: 3 },
        { skill: "observability", weight: 2 },
      ],
    },
    {
      slug: "scope-ai-use-cases",
      kind: "safe",
      title: "Scope AI use cases with the business",
      description:
        "Help business teams pick problems where AI helps, set honest expectations about errors, and redesign the workflow around the model rather than just bolting it on.",
      importance: 0.07,
      exposure: 0.2,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "requirements-analysis", weight: 2 },
      ],
    },
    {
      slug: "govern-model-data",
      kind: "safe",
      title: "Govern the data models see",
      description:
        "Decide which data may reach which model and vendor, enforce permissions in retrieval so users only see what they are allowed to, and meet privacy and AI regulations.",
      importance: 0.06,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "data-privacy", weight: 3 },
        { skill: "ai-governance", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "cursor",
      effect: "augments",
      tasks: ["wire-model-apis", "build-ingestion-pipelines", "build-ai-prototypes"],
      note: "Writes SDK calls, pipelines and service code across the repository with current library knowledge pulled from docs.",
    },
    {
      tool: "claude-code",
      effect: "augments",
      tasks: ["wire-model-apis", "write-ai-service-tests-docs", "benchmark-models"],
      note: "Builds and runs evaluation scripts and service changes from the terminal, iterating until tests pass.",
    },
    {
      tool: "github-copilot",
      effect: "automates",
      tasks: ["wire-model-apis", "write-ai-service-tests-docs"],
      note: "Completes boilerplate around model APIs, schemas and tests in the editor.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-and-iterate-prompts", "generate-eval-datasets"],
      note: "Used to draft and critique prompts and to generate synthetic questions and adversarial inputs for test sets.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["write-and-iterate-prompts", "generate-eval-datasets", "design-evaluations"],
      note: "Drafts prompts and grading rubrics and acts as a model grader in evaluations, checked against human labels.",
    },
    {
      tool: "v0",
      effect: "automates",
      tasks: ["build-ai-prototypes"],
      note: "Generates a chat or workflow front end for a demo in minutes.",
    },
  ],
  certifications: [
    "azure-ai-engineer-associate",
    "databricks-genai-engineer-associate",
    "nvidia-nca-genl",
    "aws-certified-ai-practitioner",
  ],
  salary: {
    entry: { min: 95000, max: 130000, changePct: [0, 8] },
    mid: { min: 140000, max: 190000, changePct: [8, 18] },
    senior: { min: 190000, max: 280000, changePct: [10, 20] },
    note:
      "Demand for engineers who can ship reliable LLM features far exceeds supply, so pay is high and rising, most at mid and senior level. " +
      "The premium narrows as frameworks mature and more developers add the skill, so the lasting advantage goes to engineers who can evaluate, secure and run these systems, not just prototype them.",
  },
  adaptation: [
    {
      title: "Make evaluation your core skill",
      detail:
        "For every feature, build a versioned test set, automated graders checked against human labels, and a release bar agreed with the domain owner. Teams that can prove quality win the budget.",
      tasks: ["design-evaluations", "benchmark-models"],
      skills: ["llm-evaluation", "statistics"],
    },
    {
      title: "Learn AI security and guardrails",
      detail:
        "Study the OWASP Top 10 for LLM applications, red-team your own system for prompt injection and tool misuse, and add layered defences.",
      tasks: ["design-guardrails", "govern-model-data"],
      skills: ["ai-safety", "application-security"],
    },
    {
      title: "Master production LLM operations",
      detail:
        "Add tracing, cost dashboards, caching and model routing to a live feature, and run a prompt or model change through a staged rollout.",
      tasks: ["run-llm-features-in-production"],
      skills: ["llmops", "observability"],
    },
    {
      title: "Design agents and architectures, not just prompts",
      detail:
        "Build one agent with tool use and human checkpoints end to end, and write up when it beats a simpler retrieval or rules-based design.",
      tasks: ["choose-ai-architecture"],
      skills: ["ai-agents", "system-design", "rag"],
    },
    {
      title: "Learn the business domain",
      detail:
        "Pair with the experts in one domain (support, legal, finance, healthcare) until you can judge answers yourself; domain judgment is what a generic AI engineer lacks.",
      tasks: ["scope-ai-use-cases", "design-evaluations"],
      skills: ["stakeholder-management", "requirements-analysis"],
    },
  ],
  related: [
    "machine-learning-engineer",
    "backend-developer",
    "data-scientist",
    "full-stack-developer",
    "data-engineer",
  ],
};
