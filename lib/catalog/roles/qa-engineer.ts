import type { RoleDef } from "../types";

export const qaEngineer: RoleDef = {
  slug: "qa-engineer",
  title: "QA Engineer",
  industry: "technology",
  socCode: "15-1253",
  aliases: [
    "Quality assurance engineer",
    "Software tester",
    "Test engineer",
    "QA analyst",
    "QA automation engineer",
    "Test automation engineer",
    "SDET",
    "Software development engineer in test",
    "Manual tester",
  ],
  overview:
    "QA engineers make sure software works before and after it ships: they design test cases, run and automate them, report defects and judge whether a release is ready. " +
    "Much of the traditional workload is now within reach of AI: writing test cases from user stories, scripting UI and API tests, repairing broken selectors, producing test data and writing bug reports, and manual regression passes are giving way to self-healing automated suites. " +
    "What remains human is deciding where the risk really is, exploring the product like a curious and slightly hostile user, testing AI features whose output is never the same twice, and telling the team plainly that a release is not ready. " +
    "Testers who become quality strategists or automation engineers fare far better than those whose work is executing scripted checks.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "write-test-cases",
      kind: "at_risk",
      title: "Write test cases from requirements",
      description:
        "Turn user stories and acceptance criteria into test cases with steps, data and expected results. Language models draft complete case sets from a story in seconds.",
      importance: 0.12,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "test-design", weight: 3 },
        { skill: "requirements-analysis", weight: 1 },
      ],
    },
    {
      slug: "script-ui-tests",
      kind: "at_risk",
      title: "Script end-to-end UI tests",
      description:
        "Automate user journeys in Playwright, Cypress or Selenium, with page objects and assertions. Assistants and low-code platforms now generate most of these scripts from recordings or descriptions.",
      importance: 0.14,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "playwright", weight: 2 },
        { skill: "selenium", weight: 2 },
        { skill: "test-automation", weight: 2 },
      ],
    },
    {
      slug: "write-api-tests",
      kind: "at_risk",
      title: "Write API tests",
      description:
        "Check endpoints for status codes, payloads, error handling and contracts using Postman or code-based suites. Generated readily from an OpenAPI specification.",
      importance: 0.08,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "api-testing", weight: 3 },
        { skill: "postman", weight: 1 },
      ],
    },
    {
      slug: "run-manual-regression",
      kind: "at_risk",
      title: "Run manual regression passes",
      description:
        "Click through the product before each release to confirm that existing features still work. This is the work most directly replaced by automated and AI-driven suites.",
      importance: 0.1,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "manual-testing", weight: 3 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "repair-flaky-tests",
      kind: "at_risk",
      title: "Repair broken and flaky tests",
      description:
        "Fix tests broken by UI changes, unstable waits or changed test data. Self-healing locators and agents now repair many of them automatically.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "test-automation", weight: 3 },
        { skill: "debugging", weight: 2 },
      ],
    },
    {
      slug: "write-bug-reports",
      kind: "at_risk",
      title: "Write bug reports and test summaries",
      description:
        "Document defects with steps, environment, logs and screenshots, and summarise test results for each release. AI turns session recordings and logs into reports.",
      importance: 0.06,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "jira", weight: 1 },
      ],
    },
    {
      slug: "generate-test-data",
      kind: "at_risk",
      title: "Prepare test data",
      description:
        "Create realistic accounts, orders and edge-case records, masking production data where needed. Synthetic data generation is an easy fit for models.",
      importance: 0.04,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "sql", weight: 2 },
        { skill: "test-design", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "set-test-strategy",
      kind: "safe",
      title: "Decide the test strategy and where risk lies",
      description:
        "Decide what to test, how deeply and at which level, based on what would hurt users and the business most, and what to leave untested on purpose.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "test-planning", weight: 3 },
        { skill: "risk-assessment", weight: 2 },
      ],
    },
    {
      slug: "explore-the-product",
      kind: "safe",
      title: "Explore the product for unexpected problems",
      description:
        "Use the product like real and adversarial users would, follow hunches and find the bugs no scripted test anticipated. Agents can explore too, but knowing what is wrong for this product is human.",
      importance: 0.09,
      exposure: 0.35,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "exploratory-testing", weight: 3 },
        { skill: "critical-thinking", weight: 2 },
      ],
    },
    {
      slug: "judge-release-readiness",
      kind: "safe",
      title: "Judge whether a release is ready",
      description:
        "Weigh open defects, test coverage and business pressure, and argue for holding or shipping a release with product and engineering leads.",
      importance: 0.06,
      exposure: 0.2,
      protectedBy: ["accountability", "stakeholders"],
      skills: [
        { skill: "risk-assessment", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "build-quality-into-process",
      kind: "safe",
      title: "Build quality into the team's process",
      description:
        "Coach developers on testability, review acceptance criteria before work starts and agree quality gates in the pipeline, so fewer defects are made in the first place.",
      importance: 0.06,
      exposure: 0.2,
      protectedBy: ["leadership", "stakeholders"],
      skills: [
        { skill: "quality-assurance", weight: 3 },
        { skill: "agile", weight: 2 },
      ],
    },
    {
      slug: "test-ai-features",
      kind: "safe",
      title: "Test AI and non-deterministic features",
      description:
        "Design evaluations for chatbots, recommendations and generated content: rubrics, adversarial prompts, bias and safety checks, and thresholds for outputs that vary from run to run.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["judgment", "ethics"],
      skills: [
        { skill: "llm-evaluation", weight: 3 },
        { skill: "test-design", weight: 2 },
      ],
    },
    {
      slug: "design-test-framework",
      kind: "safe",
      title: "Design the test automation framework",
      description:
        "Choose tools, structure suites, run them in parallel in CI and decide which checks block a merge, so the automation stays fast and trusted as the product grows.",
      importance: 0.04,
      exposure: 0.4,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "test-automation", weight: 3 },
        { skill: "ci-cd", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "mabl",
      effect: "automates",
      tasks: ["script-ui-tests", "repair-flaky-tests", "run-manual-regression"],
      note: "Creates end-to-end tests from descriptions or recordings and heals them automatically when the UI changes.",
    },
    {
      tool: "testim",
      effect: "automates",
      tasks: ["script-ui-tests", "repair-flaky-tests"],
      note: "AI-based locators keep recorded web and mobile tests stable across UI changes.",
    },
    {
      tool: "applitools-eyes",
      effect: "automates",
      tasks: ["run-manual-regression"],
      note: "Visual AI compares every screen across browsers and devices, replacing much of the manual visual check before release.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["script-ui-tests", "write-api-tests", "generate-test-data", "design-test-framework"],
      note: "Writes Playwright, Cypress and API test code and data builders inside the editor.",
    },
    {
      tool: "chatgpt",
      effect: "automates",
      tasks: ["write-test-cases", "write-bug-reports", "generate-test-data"],
      note: "Drafts test cases from user stories, edge-case lists and clear bug reports from rough notes.",
    },
    {
      tool: "qodo",
      effect: "augments",
      tasks: ["write-api-tests", "write-test-cases"],
      note: "Generates unit and component tests with edge cases from the code under test.",
    },
  ],
  certifications: ["istqb-ctfl", "istqb-ctal-tae", "istqb-ct-ai", "asq-csqe"],
  salary: {
    entry: { min: 55000, max: 75000, changePct: [-12, -4] },
    mid: { min: 80000, max: 115000, changePct: [-3, 4] },
    senior: { min: 115000, max: 160000, changePct: [2, 8] },
    note:
      "Manual testing roles are shrinking and their pay is falling in real terms as AI-driven automation absorbs regression and scripted checks. " +
      "Automation engineers (SDETs), quality strategists and testers of AI systems hold or gain pay; testers fluent in AI test tools earn clearly more than those who are not.",
  },
  adaptation: [
    {
      title: "Move from executing tests to automation engineering",
      detail:
        "Learn a programming language properly and build a maintainable Playwright suite that runs in CI, then earn the ISTQB Test Automation Engineering certificate.",
      tasks: ["design-test-framework", "script-ui-tests"],
      skills: ["test-automation", "playwright", "ci-cd"],
    },
    {
      title: "Specialise in testing AI systems",
      detail:
        "Learn how to evaluate language-model features: test sets, rubric and model-graded scoring, red-teaming and bias checks. Demand for this outstrips the people who can do it.",
      tasks: ["test-ai-features"],
      skills: ["llm-evaluation", "prompt-engineering"],
    },
    {
      title: "Own risk-based test strategy",
      detail:
        "Write the test strategy for a product area, tie it to business risks, and present the release-readiness view to the team.",
      tasks: ["set-test-strategy", "judge-release-readiness"],
      skills: ["test-planning", "risk-assessment", "communication"],
    },
    {
      title: "Sharpen exploratory testing",
      detail:
        "Run time-boxed exploratory sessions with charters, record findings and share heuristics with the team; this is the part of testing that tools complement rather than replace.",
      tasks: ["explore-the-product"],
      skills: ["exploratory-testing", "critical-thinking"],
    },
    {
      title: "Hand scripted work to AI tools",
      detail:
        "Let AI draft test cases, data and scripts and self-heal locators, and review them critically. Use the freed time for strategy, exploration and AI testing.",
      tasks: ["write-test-cases", "repair-flaky-tests", "generate-test-data"],
      skills: ["mabl", "github-copilot", "chatgpt"],
    },
  ],
  related: ["backend-developer", "frontend-developer", "devops-engineer", "ai-engineer", "mobile-developer"],
};
