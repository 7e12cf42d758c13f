import type { RoleDef } from "../types";

export const backendDeveloper: RoleDef = {
  slug: "backend-developer",
  title: "Backend Developer",
  industry: "technology",
  socCode: "15-1252",
  aliases: [
    "Back-end developer",
    "Backend engineer",
    "Back-end engineer",
    "Server-side developer",
    "API developer",
    "Backend software engineer",
    "Java developer",
    "Python developer",
    "Go developer",
    "Node.js developer",
  ],
  overview:
    "Backend developers build the server side of software: the APIs, services, data stores and background jobs that every screen and integration depends on. " +
    "The routine half of the job (endpoints that read and write records, queries, mapping code, tests and docs) is now drafted in seconds by coding assistants and agents, so it is shrinking as a share of paid time. " +
    "The other half holds: deciding how services split and talk to each other, keeping data correct when several systems change it at once, making code survive heavy concurrent load, locking down the infrastructure, and turning tangled business rules into code that stays right. " +
    "Developers who move toward system design, event-driven systems, AI-serving infrastructure and reliability engineering are the ones whose value rises.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "build-crud-endpoints",
      kind: "at_risk",
      title: "Build routine API endpoints",
      description:
        "Write the create, read, update and delete endpoints, request validation and response mapping for a new resource. Assistants now produce most of this from a schema or a ticket, leaving the developer to check and adjust it.",
      importance: 0.14,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "api-design", weight: 3 },
        { skill: "rest-api", weight: 2 },
        { skill: "java", weight: 1 },
        { skill: "python", weight: 1 },
        { skill: "nodejs", weight: 1 },
      ],
    },
    {
      slug: "write-data-access-queries",
      kind: "at_risk",
      title: "Write queries and data-access code",
      description:
        "Write SQL and ORM queries, repository classes and the joins, filters and pagination behind list and search endpoints. Models write correct queries for ordinary cases; tuning the hard ones still needs a person.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "sql", weight: 3 },
        { skill: "postgresql", weight: 2 },
        { skill: "data-modeling", weight: 1 },
      ],
    },
    {
      slug: "write-backend-tests",
      kind: "at_risk",
      title: "Write unit and integration tests",
      description:
        "Cover services and endpoints with unit tests, integration tests against a real database and contract tests for consumers. Test generators and agents write the bulk of these from the code under test.",
      importance: 0.08,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "unit-testing", weight: 3 },
        { skill: "integration-testing", weight: 2 },
      ],
    },
    {
      slug: "write-migrations-and-mappings",
      kind: "at_risk",
      title: "Write schema migrations and serialization code",
      description:
        "Add columns and tables through migrations, and write the DTOs, serializers and converters that move data between the database, the service and the wire. Repetitive, pattern-following work that assistants already handle well.",
      importance: 0.06,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "sql", weight: 2 },
        { skill: "data-modeling", weight: 2 },
        { skill: "java", weight: 1 },
      ],
    },
    {
      slug: "document-apis",
      kind: "at_risk",
      title: "Document APIs and services",
      description:
        "Keep OpenAPI specifications, READMEs and runbooks in line with the code. AI drafts the reference material from the source; the developer adds the why and the caveats.",
      importance: 0.04,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "api-design", weight: 2 },
      ],
    },
    {
      slug: "triage-routine-bugs-upgrades",
      kind: "at_risk",
      title: "Fix routine bugs and upgrade dependencies",
      description:
        "Reproduce and fix ordinary defects from error reports, bump framework and library versions, and clear deprecation warnings. Debugging agents now propose a root cause and a patch for many of these.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "debugging", weight: 3 },
        { skill: "git", weight: 1 },
        { skill: "java", weight: 1 },
      ],
    },
    {
      slug: "review-routine-changes",
      kind: "at_risk",
      title: "Review routine pull requests",
      description:
        "Read colleagues' small changes for bugs, style and missing tests. AI reviewers catch much of the mechanical feedback first, so human review narrows to design and risk.",
      importance: 0.05,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "code-review", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "design-distributed-systems",
      kind: "safe",
      title: "Design service boundaries and distributed systems",
      description:
        "Decide how the system splits into services, which calls are synchronous or queued, and what happens when a dependency is slow or down. Trade-offs depend on the team, the traffic and the business, which a model cannot see.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment", "accountability"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "distributed-systems", weight: 3 },
        { skill: "microservices", weight: 2 },
      ],
    },
    {
      slug: "keep-data-consistent",
      kind: "safe",
      title: "Keep data consistent across services",
      description:
        "Design transactions, idempotent handlers, outbox patterns and reconciliation so that orders, payments or balances stay correct when several services and retries touch them. Mistakes here lose money quietly, so someone must own the design.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "distributed-systems", weight: 3 },
        { skill: "event-driven-architecture", weight: 2 },
        { skill: "postgresql", weight: 1 },
      ],
    },
    {
      slug: "handle-high-concurrency",
      kind: "safe",
      title: "Make services hold up under heavy concurrent load",
      description:
        "Find and remove contention, race conditions, connection-pool exhaustion and slow paths under real traffic, using profiles, load tests and production traces. The fixes depend on the specific system's behaviour, learned by measuring it.",
      importance: 0.08,
      exposure: 0.3,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "performance-optimization", weight: 3 },
        { skill: "concurrency", weight: 3 },
        { skill: "redis", weight: 1 },
        { skill: "go", weight: 1 },
      ],
    },
    {
      slug: "secure-backend-infrastructure",
      kind: "safe",
      title: "Secure services, secrets and data access",
      description:
        "Design authentication and authorisation between services, manage secrets, restrict network paths and make sure personal data is stored and logged lawfully. A breach is the developer's and the company's responsibility, not the tool's.",
      importance: 0.07,
      exposure: 0.2,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "application-security", weight: 3 },
        { skill: "oauth", weight: 2 },
        { skill: "aws", weight: 1 },
      ],
    },
    {
      slug: "model-complex-business-logic",
      kind: "safe",
      title: "Turn complex business rules into code",
      description:
        "Work out with product and domain experts how pricing, entitlements, billing or compliance rules really behave, including the exceptions nobody wrote down, and model them so they stay correct as the rules change.",
      importance: 0.08,
      exposure: 0.3,
      protectedBy: ["stakeholders", "tacit-knowledge", "judgment"],
      skills: [
        { skill: "domain-driven-design", weight: 3 },
        { skill: "requirements-analysis", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "own-production-reliability",
      kind: "safe",
      title: "Own services in production",
      description:
        "Take part in on-call, lead the response when a service degrades, and follow up with fixes to alerts, timeouts and capacity. Knowing what the system normally looks like and deciding under pressure stays human.",
      importance: 0.04,
      exposure: 0.35,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "observability", weight: 3 },
        { skill: "incident-management", weight: 2 },
        { skill: "kubernetes", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "automates",
      tasks: [
        "build-crud-endpoints",
        "write-data-access-queries",
        "write-migrations-and-mappings",
        "write-backend-tests",
      ],
      note: "Completes handlers, queries, DTOs and tests inline, and its agent can implement a whole endpoint from an issue as a pull request.",
    },
    {
      tool: "claude-code",
      effect: "augments",
      tasks: ["build-crud-endpoints", "triage-routine-bugs-upgrades", "write-backend-tests", "document-apis"],
      note: "Works through multi-file changes from the terminal: adds a resource end to end, runs the test suite, and fixes what fails.",
    },
    {
      tool: "cursor",
      effect: "augments",
      tasks: ["build-crud-endpoints", "write-data-access-queries", "model-complex-business-logic"],
      note: "Repository-aware edits and chat help navigate an unfamiliar service and refactor business logic across files.",
    },
    {
      tool: "coderabbit",
      effect: "automates",
      tasks: ["review-routine-changes"],
      note: "Posts a first review on each pull request, so human reviewers can focus on design, data and security risks.",
    },
    {
      tool: "sentry-seer",
      effect: "augments",
      tasks: ["triage-routine-bugs-upgrades", "own-production-reliability"],
      note: "Groups production errors, proposes a root cause from the stack trace and traces, and drafts a fix to review.",
    },
    {
      tool: "amazon-q-developer",
      effect: "augments",
      tasks: ["triage-routine-bugs-upgrades", "secure-backend-infrastructure"],
      note: "Upgrades Java and framework versions across a codebase and scans for security issues in AWS-hosted services.",
    },
  ],
  certifications: [
    "aws-certified-developer-associate",
    "azure-developer-associate",
    "google-cloud-professional-cloud-developer",
    "ckad",
    "confluent-certified-developer-kafka",
    "oracle-java-se-21-developer",
  ],
  salary: {
    entry: { min: 75000, max: 105000, changePct: [-5, 0] },
    mid: { min: 115000, max: 160000, changePct: [10, 15] },
    senior: { min: 160000, max: 230000, changePct: [10, 15] },
    note:
      "Mid-level, senior and infrastructure-focused backend pay keeps growing (about 10–15 % over five years) because system design, reliability and AI-serving skills are scarce, while entry-level pay is flat to slightly down as assistants absorb the routine endpoint and test work juniors used to learn on. " +
      "Developers who use AI tools well and can build on them earn roughly 15–30 % more than peers at the same level who do not.",
  },
  adaptation: [
    {
      title: "Move up to system design",
      detail:
        "Take the lead on design documents for new services: service boundaries, sync versus async calls, failure modes and data ownership. Study classic designs (rate limiters, queues, sharded stores) and review them against your own system.",
      tasks: ["design-distributed-systems", "keep-data-consistent"],
      skills: ["system-design", "distributed-systems", "microservices"],
    },
    {
      title: "Build event-driven and streaming systems",
      detail:
        "Ship one feature on Kafka or a managed stream: idempotent consumers, an outbox table, replay and dead-letter handling. This is where consistency problems live, and where assistants help least.",
      tasks: ["keep-data-consistent", "handle-high-concurrency"],
      skills: ["kafka", "event-driven-architecture"],
    },
    {
      title: "Learn to serve AI features",
      detail:
        "Build the infrastructure behind an LLM feature: calls to a model API with timeouts, retries and cost limits, response caching, a vector store for retrieval, and logging for evaluation. Every product team now needs this and few backend developers have done it.",
      tasks: ["design-distributed-systems", "handle-high-concurrency"],
      skills: ["llm-application-development", "rag", "vector-databases"],
    },
    {
      title: "Own observability and reliability",
      detail:
        "Instrument a service with OpenTelemetry traces, metrics and structured logs, define SLOs with the team, and take the lead in a post-incident review. Reliability work rests on knowledge of the running system that tools do not have.",
      tasks: ["own-production-reliability", "handle-high-concurrency"],
      skills: ["observability", "opentelemetry", "incident-management"],
    },
    {
      title: "Delegate routine code to agents and review it well",
      detail:
        "Hand CRUD endpoints, migrations and test scaffolding to a coding agent with a clear spec, then review the result for data, security and performance problems. The speed gain pays for time spent on the safe work above.",
      tasks: ["build-crud-endpoints", "write-backend-tests", "review-routine-changes"],
      skills: ["github-copilot", "claude-code", "code-review"],
    },
  ],
  related: [
    "full-stack-developer",
    "ai-engineer",
    "devops-engineer",
    "site-reliability-engineer",
    "solutions-architect",
    "data-engineer",
  ],
};
