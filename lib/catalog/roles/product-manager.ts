import type { RoleDef } from "../types";

export const productManager: RoleDef = {
  slug: "product-manager",
  title: "Product Manager",
  industry: "technology",
  aliases: [
    "Technical product manager",
    "Product owner",
    "Senior product manager",
    "Group product manager",
    "Digital product manager",
    "Software product manager",
  ],
  overview:
    "Product managers decide what a software team builds next and why: they gather evidence from customers and data, set strategy and priorities, write the requirements, and steer a feature from idea to launch. " +
    "The paperwork of the job is highly exposed: assistants draft specifications and user stories, feedback platforms cluster thousands of customer comments, and workspace AI writes status updates and meeting summaries. " +
    "The core is not: choosing which bets to make and which to refuse, talking to customers until the real problem is clear, aligning engineering, design, sales and executives behind one plan, and answering for the outcome. " +
    "PMs who automate the documentation load and spend the time on discovery, strategy and AI product sense are in a strong position.",
  tasks: [
    {
      slug: "write-specs-and-stories",
      kind: "at_risk",
      title: "Write product specs and user stories",
      description:
        "Draft requirement documents, user stories and acceptance criteria that engineers and designers can estimate and build from.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "requirements-gathering", weight: 3 },
        { skill: "user-stories", weight: 2 },
        { skill: "technical-writing", weight: 1 },
      ],
    },
    {
      slug: "synthesise-customer-feedback",
      kind: "at_risk",
      title: "Synthesise customer feedback and requests",
      description:
        "Read support tickets, sales notes, survey answers and reviews, group them into themes and link them to feature ideas.",
      importance: 0.08,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "voice-of-customer", weight: 3 },
        { skill: "data-analysis", weight: 1 },
      ],
    },
    {
      slug: "research-competitors",
      kind: "at_risk",
      title: "Research competitors and the market",
      description:
        "Compile what competitors offer, how they price it and where the market is heading, from public sources and analyst material.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "market-research", weight: 3 },
        { skill: "competitive-analysis", weight: 2 },
      ],
    },
    {
      slug: "write-status-updates",
      kind: "at_risk",
      title: "Write status updates, notes and release communications",
      description:
        "Produce weekly progress updates, meeting notes, internal launch announcements and customer release notes.",
      importance: 0.07,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "written-communication", weight: 3 },
        { skill: "project-management", weight: 1 },
      ],
    },
    {
      slug: "analyse-product-metrics",
      kind: "at_risk",
      title: "Analyse product usage metrics",
      description:
        "Check funnels, retention and feature adoption after a release and pull the numbers needed to support or kill an idea.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "product-analytics", weight: 3 },
        { skill: "sql", weight: 1 },
        { skill: "data-analysis", weight: 2 },
      ],
    },
    {
      slug: "groom-backlog",
      kind: "at_risk",
      title: "Groom the backlog and run sprint admin",
      description:
        "Keep tickets current, split large items, tag dependencies and prepare the backlog for planning sessions.",
      importance: 0.06,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "backlog-management", weight: 3 },
        { skill: "jira", weight: 2 },
        { skill: "agile", weight: 1 },
      ],
    },
    {
      slug: "set-product-strategy",
      kind: "safe",
      title: "Set product strategy and roadmap",
      description:
        "Choose the problems worth solving over the next quarters, connect them to company goals and explain what the team will deliberately not do.",
      importance: 0.13,
      exposure: 0.2,
      protectedBy: ["judgment", "leadership"],
      skills: [
        { skill: "product-strategy", weight: 3 },
        { skill: "roadmapping", weight: 2 },
        { skill: "business-acumen", weight: 2 },
      ],
    },
    {
      slug: "make-prioritisation-calls",
      kind: "safe",
      title: "Make trade-off and priority calls",
      description:
        "Decide between competing requests with incomplete data, cut scope to hit a date, and own the consequences when the call is wrong.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "prioritization", weight: 3 },
        { skill: "decision-making", weight: 3 },
      ],
    },
    {
      slug: "run-customer-discovery",
      kind: "safe",
      title: "Run customer discovery conversations",
      description:
        "Interview customers and prospects, watch them work and test rough concepts to learn which problems are real and worth paying for.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["trust", "tacit-knowledge"],
      skills: [
        { skill: "product-discovery", weight: 3 },
        { skill: "user-research", weight: 2 },
        { skill: "interviewing", weight: 2 },
      ],
    },
    {
      slug: "align-stakeholders",
      kind: "safe",
      title: "Align teams and leaders behind the plan",
      description:
        "Win commitment from engineering, design, sales, support and executives, resolve disagreements and keep everyone moving in one direction without formal authority.",
      importance: 0.12,
      exposure: 0.15,
      protectedBy: ["stakeholders", "leadership"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "influence", weight: 2 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "lead-launches",
      kind: "safe",
      title: "Lead launch readiness and go/no-go",
      description:
        "Coordinate pricing, marketing, support and sales enablement for a launch, and decide whether it is ready to ship to customers.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["accountability", "stakeholders"],
      skills: [
        { skill: "go-to-market-strategy", weight: 3 },
        { skill: "project-management", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-specs-and-stories", "research-competitors", "write-status-updates"],
      note: "Drafts specs and stories from notes, runs web research on competitors and tightens updates; the PM supplies the context and checks the claims.",
    },
    {
      tool: "productboard-ai",
      effect: "automates",
      tasks: ["synthesise-customer-feedback"],
      note: "Summarises each incoming piece of feedback, links it to features and groups the whole inbox into themes.",
    },
    {
      tool: "notion-ai",
      effect: "augments",
      tasks: ["write-status-updates", "write-specs-and-stories"],
      note: "Summarises meeting notes into decisions and actions and drafts pages from templates inside the team wiki.",
    },
    {
      tool: "atlassian-rovo",
      effect: "augments",
      tasks: ["groom-backlog", "write-status-updates"],
      note: "Breaks epics into issues, tidies ticket descriptions and drafts status reports from Jira and Confluence activity.",
    },
    {
      tool: "dovetail",
      effect: "augments",
      tasks: ["synthesise-customer-feedback", "run-customer-discovery"],
      note: "Tags and clusters interview recordings so discovery evidence is searchable across the team.",
    },
  ],
  certifications: ["cspo", "pspo-i", "a-cspo", "google-data-analytics-certificate"],
  salary: {
    entry: { min: 85000, max: 115000, changePct: [-5, 2] },
    mid: { min: 120000, max: 165000, changePct: [-1, 6] },
    senior: { min: 160000, max: 230000, changePct: [3, 10] },
    note: "AI removes much of the documentation load and lets smaller teams ship more, which thins junior and backlog-administration roles; PMs with discovery depth, strategic judgment and experience shipping AI features command a growing premium.",
  },
  adaptation: [
    {
      title: "Automate the paperwork",
      detail:
        "Draft specs, stories and weekly updates with an assistant from your own notes, and reclaim at least a day a week for customers and strategy.",
      tasks: ["write-specs-and-stories", "write-status-updates", "groom-backlog"],
      skills: ["chatgpt", "notion-ai", "atlassian-rovo"],
    },
    {
      title: "Run continuous discovery",
      detail:
        "Talk to customers every week, keep the evidence in a shared repository and tie each roadmap item to what you learned.",
      tasks: ["run-customer-discovery", "synthesise-customer-feedback"],
      skills: ["product-discovery", "user-research", "dovetail"],
    },
    {
      title: "Get fluent with product data",
      detail:
        "Learn enough SQL and your analytics tool to answer adoption and retention questions yourself and to judge AI-generated analyses.",
      tasks: ["analyse-product-metrics"],
      skills: ["product-analytics", "sql"],
    },
    {
      title: "Build AI product sense",
      detail:
        "Ship at least one AI-powered feature: define evaluation criteria with engineering, plan for wrong answers and measure whether users trust it.",
      tasks: ["set-product-strategy", "make-prioritisation-calls"],
      skills: ["ai-product-management", "llm-evaluation"],
    },
    {
      title: "Strengthen strategy and influence",
      detail:
        "Write a strategy narrative for your area and present it to leadership; practise negotiating scope with engineering leads.",
      tasks: ["set-product-strategy", "align-stakeholders"],
      skills: ["product-strategy", "influence", "stakeholder-management"],
    },
  ],
  related: [
    "engineering-manager",
    "ux-ui-designer",
    "data-analyst",
    "marketing-manager",
    "solutions-architect",
  ],
};
