import type { RoleDef } from "../types";

export const fullStackDeveloper: RoleDef = {
  slug: "full-stack-developer",
  title: "Full-Stack Developer",
  industry: "technology",
  socCode: "15-1254",
  aliases: [
    "Full stack developer",
    "Fullstack developer",
    "Full-stack engineer",
    "Full stack software engineer",
    "Full-stack web developer",
    "MERN stack developer",
    "Product engineer",
  ],
  overview:
    "Full-stack developers build features from the database to the browser: schema, API, interface and deployment, often as one of a few engineers in a product team or startup. " +
    "Much of that span is standard work (a form backed by an endpoint backed by a table) that coding agents and prompt-to-app builders now produce end to end, so a single developer ships far more than before. " +
    "The value moves to the parts that connect the layers: an application structure that survives growth, a data model that fits the business, security across the whole path, and turning loose product ideas into something worth building. " +
    "Generalists who can direct AI agents across the stack and still make these calls are in demand; those who only assemble standard features face the most competition.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "build-standard-features",
      kind: "at_risk",
      title: "Build standard features end to end",
      description:
        "Ship the common shape of product work: a table, the endpoints over it and the screens that list, create and edit its records. Agents now build these across all layers from a short description.",
      importance: 0.16,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "typescript", weight: 2 },
        { skill: "react", weight: 2 },
        { skill: "nodejs", weight: 2 },
        { skill: "sql", weight: 1 },
      ],
    },
    {
      slug: "build-ui-screens",
      kind: "at_risk",
      title: "Build interface screens and styles",
      description:
        "Lay out pages, forms and components from designs or from scratch, including responsive styles. UI generators cover most of this.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "react", weight: 3 },
        { skill: "css", weight: 2 },
      ],
    },
    {
      slug: "write-handlers-and-queries",
      kind: "at_risk",
      title: "Write API handlers and database queries",
      description:
        "Write route handlers, validation, ORM models and the queries behind them. Routine for an assistant once the data model exists.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "nodejs", weight: 2 },
        { skill: "postgresql", weight: 2 },
        { skill: "rest-api", weight: 1 },
      ],
    },
    {
      slug: "write-tests-fullstack",
      kind: "at_risk",
      title: "Write tests across the stack",
      description:
        "Add unit tests for logic, API tests for endpoints and a few browser tests for critical journeys. Largely generated now, then checked.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "unit-testing", weight: 2 },
        { skill: "playwright", weight: 1 },
        { skill: "jest", weight: 1 },
      ],
    },
    {
      slug: "configure-builds-deploys",
      kind: "at_risk",
      title: "Configure builds, deploys and hosting",
      description:
        "Write Dockerfiles, CI workflows and hosting configuration for preview and production environments. Templates and assistants cover the usual setups.",
      importance: 0.05,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "ci-cd", weight: 2 },
        { skill: "docker", weight: 2 },
      ],
    },
    {
      slug: "fix-bugs-fullstack",
      kind: "at_risk",
      title: "Fix bugs anywhere in the stack",
      description:
        "Follow a reported problem from the screen through the API to the data and fix it. Debugging agents locate many ordinary causes on their own.",
      importance: 0.07,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "debugging", weight: 3 },
        { skill: "javascript", weight: 1 },
      ],
    },
    {
      slug: "integrate-third-party-services",
      kind: "at_risk",
      title: "Integrate payment, login and messaging services",
      description:
        "Wire in Stripe, an identity provider, email or analytics SDKs following their documentation. Assistants know these APIs well and write most of the integration.",
      importance: 0.05,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "api-integration", weight: 3 },
        { skill: "oauth", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "architect-application",
      kind: "safe",
      title: "Decide the application's structure",
      description:
        "Choose how the app is split, where logic lives (client, server, database, background jobs) and which services to buy rather than build, knowing the team will live with it for years.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment", "accountability"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "software-architecture", weight: 2 },
      ],
    },
    {
      slug: "scope-product-ideas",
      kind: "safe",
      title: "Turn vague product ideas into buildable scope",
      description:
        "Work with founders, product managers and users to find the smallest version worth building, and say what it will cost in time and complexity.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "requirements-analysis", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "design-data-model",
      kind: "safe",
      title: "Design the data model",
      description:
        "Model the business entities, their relations and history in the database so that features to come do not need a rewrite, and plan migrations of live data.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "data-modeling", weight: 3 },
        { skill: "postgresql", weight: 2 },
      ],
    },
    {
      slug: "secure-whole-stack",
      kind: "safe",
      title: "Secure the application end to end",
      description:
        "Get authentication, authorisation, input handling, secrets and personal data right across browser, server and database. Generated code often gets exactly these details wrong, and the team answers for a breach.",
      importance: 0.06,
      exposure: 0.25,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "application-security", weight: 3 },
        { skill: "oauth", weight: 1 },
      ],
    },
    {
      slug: "tune-performance-across-stack",
      kind: "safe",
      title: "Find and fix performance problems across layers",
      description:
        "Trace a slow page to its cause (an N+1 query, an over-fetching API, a heavy bundle) and fix it where it is cheapest.",
      importance: 0.05,
      exposure: 0.35,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "performance-optimization", weight: 3 },
        { skill: "sql", weight: 1 },
        { skill: "web-performance", weight: 1 },
      ],
    },
    {
      slug: "own-app-in-production",
      kind: "safe",
      title: "Run the application in production",
      description:
        "Watch errors and metrics, respond when something breaks, and decide when to roll back, often without a separate operations team.",
      importance: 0.04,
      exposure: 0.35,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "observability", weight: 2 },
        { skill: "incident-management", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "cursor",
      effect: "augments",
      tasks: [
        "build-standard-features",
        "write-handlers-and-queries",
        "build-ui-screens",
        "fix-bugs-fullstack",
      ],
      note: "Its agent plans and applies a feature across schema, API and UI files, so one developer covers the whole stack quickly.",
    },
    {
      tool: "github-copilot",
      effect: "automates",
      tasks: ["build-standard-features", "write-tests-fullstack", "configure-builds-deploys"],
      note: "Generates handlers, components, tests and CI workflows inline; the coding agent turns issues into pull requests.",
    },
    {
      tool: "claude-code",
      effect: "augments",
      tasks: ["build-standard-features", "fix-bugs-fullstack", "integrate-third-party-services"],
      note: "Runs the app and its tests from the terminal while it edits, which suits cross-layer changes and debugging.",
    },
    {
      tool: "bolt-new",
      effect: "automates",
      tasks: ["build-ui-screens", "build-standard-features"],
      note: "Produces and deploys a working full-stack prototype from a prompt, useful for validating an idea before building it properly.",
    },
    {
      tool: "v0",
      effect: "automates",
      tasks: ["build-ui-screens"],
      note: "Generates React and Next.js screens from a prompt or design for the developer to wire up.",
    },
    {
      tool: "sentry-seer",
      effect: "augments",
      tasks: ["fix-bugs-fullstack", "own-app-in-production"],
      note: "Connects an error in the browser or server to its cause in the code and drafts a fix.",
    },
  ],
  certifications: [
    "aws-certified-developer-associate",
    "azure-developer-associate",
    "meta-front-end-developer",
    "meta-back-end-developer",
    "mongodb-associate-developer",
  ],
  salary: {
    entry: { min: 70000, max: 95000, changePct: [-8, 0] },
    mid: { min: 105000, max: 145000, changePct: [3, 10] },
    senior: { min: 145000, max: 210000, changePct: [8, 14] },
    note:
      "AI agents raise what one full-stack developer can ship, which helps experienced generalists in small teams and startups, where senior pay keeps rising. " +
      "Junior full-stack openings are fewer and pay is flat to lower; developers who clearly direct AI tools across the stack command a premium over peers who do not.",
  },
  adaptation: [
    {
      title: "Grow from features to system design",
      detail:
        "Write the design for the next significant piece of the product (a new service, a background-job system, multi-tenancy) and defend its trade-offs in review.",
      tasks: ["architect-application", "design-data-model"],
      skills: ["system-design", "software-architecture", "data-modeling"],
    },
    {
      title: "Get close to the product",
      detail:
        "Join customer calls and planning, propose the smallest useful version of features and measure whether they worked. Product sense is what separates a developer from a code generator.",
      tasks: ["scope-product-ideas"],
      skills: ["requirements-analysis", "communication"],
    },
    {
      title: "Build AI features into your product",
      detail:
        "Add a retrieval-based assistant or an AI-powered workflow to a real app: model calls, streaming UI, evaluation and cost limits. Full-stack developers are the natural builders of these features.",
      tasks: ["architect-application", "integrate-third-party-services"],
      skills: ["llm-application-development", "rag", "prompt-engineering"],
    },
    {
      title: "Become the team's security and reliability owner",
      detail:
        "Review authentication and data handling against the OWASP Top 10, add monitoring and alerts, and run post-incident reviews. These checks catch what generated code gets wrong.",
      tasks: ["secure-whole-stack", "own-app-in-production"],
      skills: ["application-security", "observability"],
    },
    {
      title: "Direct coding agents across the stack",
      detail:
        "Practise handing full features to Cursor or Claude Code with a written spec and acceptance tests, then review the diff layer by layer. Show the throughput gain in your portfolio.",
      tasks: ["build-standard-features", "write-tests-fullstack"],
      skills: ["cursor", "claude-code", "code-review"],
    },
  ],
  related: [
    "backend-developer",
    "frontend-developer",
    "mobile-developer",
    "ai-engineer",
    "devops-engineer",
    "product-manager",
  ],
};
