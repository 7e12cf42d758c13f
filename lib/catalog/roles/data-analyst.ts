import type { RoleDef } from "../types";

export const dataAnalyst: RoleDef = {
  slug: "data-analyst",
  title: "Data Analyst",
  industry: "technology",
  socCode: "15-2051",
  aliases: [
    "Business intelligence analyst",
    "BI analyst",
    "Reporting analyst",
    "Business data analyst",
    "Analytics specialist",
    "BI developer",
  ],
  overview:
    "Data analysts answer the day-to-day questions of a business with data: how sales moved last week, which campaign brought the best customers, where the funnel leaks. " +
    "The bulk of the job is writing SQL, cleaning and reconciling spreadsheets, maintaining dashboards in Tableau or Power BI and producing recurring KPI reports, and natural-language features in those tools and in warehouse consoles now handle much of that on request. " +
    "What remains distinctly human is working out what a stakeholder actually needs, agreeing one definition of each metric across teams, noticing when a number cannot be right, and presenting findings so that people act on them. " +
    "Among technology roles this one is among the most exposed; analysts who move towards metric ownership, analytics engineering or decision support keep their footing.",
  tasks: [
    {
      slug: "write-sql-queries",
      kind: "at_risk",
      title: "Write SQL queries for data requests",
      description:
        "Pull, filter and aggregate warehouse data to answer incoming questions from sales, marketing, finance and operations.",
      importance: 0.16,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "sql", weight: 3 },
        { skill: "data-warehousing", weight: 1 },
        { skill: "data-analysis", weight: 2 },
      ],
    },
    {
      slug: "build-dashboards",
      kind: "at_risk",
      title: "Build and maintain dashboards",
      description:
        "Create and update Tableau, Power BI or Looker dashboards, including the calculated fields, filters and data sources behind them.",
      importance: 0.14,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "dashboards", weight: 3 },
        { skill: "tableau", weight: 2 },
        { skill: "power-bi", weight: 2 },
        { skill: "data-visualization", weight: 2 },
      ],
    },
    {
      slug: "produce-recurring-reports",
      kind: "at_risk",
      title: "Produce recurring KPI reports",
      description:
        "Refresh the weekly and monthly performance packs and write the short commentary on what went up, what went down and why.",
      importance: 0.12,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "excel", weight: 2 },
        { skill: "data-analysis", weight: 2 },
        { skill: "business-reporting", weight: 3 },
      ],
    },
    {
      slug: "clean-and-reconcile-data",
      kind: "at_risk",
      title: "Clean and reconcile data between sources",
      description:
        "Fix formats, remove duplicates and reconcile figures that differ between the CRM, the finance system and the warehouse.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "data-cleaning", weight: 3 },
        { skill: "excel", weight: 2 },
        { skill: "sql", weight: 1 },
        { skill: "data-quality", weight: 2 },
      ],
    },
    {
      slug: "run-ad-hoc-analyses",
      kind: "at_risk",
      title: "Run ad-hoc segment and trend analyses",
      description:
        "Slice results by customer segment, region or cohort to explain a movement or size an opportunity, usually within a day or two.",
      importance: 0.11,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "data-analysis", weight: 3 },
        { skill: "sql", weight: 2 },
        { skill: "python", weight: 1 },
        { skill: "statistics", weight: 1 },
      ],
    },
    {
      slug: "document-metric-definitions",
      kind: "at_risk",
      title: "Document metrics and data sources",
      description:
        "Keep the data dictionary, dashboard notes and metric definitions current so others can read reports without asking.",
      importance: 0.04,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "data-governance", weight: 2 },
      ],
    },
    {
      slug: "clarify-stakeholder-needs",
      kind: "safe",
      title: "Work out what the requester really needs",
      description:
        "Question the person asking for 'a quick number' to find the decision behind it, the level of precision it needs and the comparison that makes it meaningful.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "requirements-gathering", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "business-acumen", weight: 2 },
      ],
    },
    {
      slug: "own-metric-definitions",
      kind: "safe",
      title: "Agree one definition for each key metric",
      description:
        "Broker agreement between teams that count customers, revenue or churn differently, and defend the agreed definition when it produces unwelcome numbers.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["stakeholders", "accountability"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "data-governance", weight: 2 },
        { skill: "business-acumen", weight: 1 },
      ],
    },
    {
      slug: "sanity-check-numbers",
      kind: "safe",
      title: "Catch numbers that cannot be right",
      description:
        "Recognise from knowledge of the business when a figure is implausible, trace it to a tracking change, a broken join or a one-off event, and stop it from reaching leadership.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "critical-thinking", weight: 3 },
        { skill: "data-quality", weight: 2 },
        { skill: "business-acumen", weight: 2 },
      ],
    },
    {
      slug: "present-insights",
      kind: "safe",
      title: "Present insights and recommend actions",
      description:
        "Walk managers through what the data shows in their meeting, handle their objections and agree concrete next steps.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "data-storytelling", weight: 3 },
        { skill: "presentation-skills", weight: 2 },
      ],
    },
    {
      slug: "govern-data-sharing",
      kind: "safe",
      title: "Decide what data may be shared and with whom",
      description:
        "Judge whether a request exposes personal or commercially sensitive data, apply aggregation or masking, and escalate when a request crosses a line.",
      importance: 0.04,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "data-privacy", weight: 3 },
        { skill: "data-governance", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "tableau-ai",
      effect: "augments",
      tasks: ["build-dashboards", "run-ad-hoc-analyses", "produce-recurring-reports"],
      note: "Tableau Agent drafts calculations and charts from a request, and Pulse pushes metric digests with plain-language explanations to business users.",
    },
    {
      tool: "copilot-in-power-bi",
      effect: "augments",
      tasks: ["build-dashboards", "produce-recurring-reports"],
      note: "Builds report pages and DAX measures from a prompt and writes narrative summaries of the visuals.",
    },
    {
      tool: "gemini-in-bigquery",
      effect: "automates",
      tasks: ["write-sql-queries"],
      note: "Turns a plain-language question into warehouse SQL and explains existing queries, so simple requests no longer need an analyst.",
    },
    {
      tool: "julius-ai",
      effect: "automates",
      tasks: ["run-ad-hoc-analyses", "clean-and-reconcile-data"],
      note: "Cleans uploaded spreadsheets and runs segment comparisons and charts from a question, with the code available to audit.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: ["clean-and-reconcile-data", "produce-recurring-reports"],
      note: "Copilot in Excel builds formulas, pivots and highlights outliers; in Word and PowerPoint it drafts the report commentary.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-sql-queries", "document-metric-definitions"],
      note: "Drafts and explains SQL and turns query logic into readable metric definitions.",
    },
  ],
  certifications: [
    "google-data-analytics-certificate",
    "power-bi-data-analyst-associate",
    "tableau-data-analyst",
    "databricks-data-analyst-associate",
  ],
  salary: {
    entry: { min: 60000, max: 80000, changePct: [-10, 0] },
    mid: { min: 78000, max: 105000, changePct: [-5, 3] },
    senior: { min: 100000, max: 140000, changePct: [0, 7] },
    note: "Self-service AI in BI tools cuts demand for analysts who mainly fetch numbers and build standard dashboards; pay holds up for analysts who own metrics, combine domain knowledge with analytics engineering or move into decision support.",
  },
  adaptation: [
    {
      title: "Let AI answer the routine requests and curate what it uses",
      detail:
        "Set up governed semantic models or certified data sources so natural-language tools in Tableau, Power BI or BigQuery give correct answers, and spend your time on the questions they cannot handle.",
      tasks: ["write-sql-queries", "build-dashboards", "own-metric-definitions"],
      skills: ["data-modeling", "tableau-ai", "copilot-in-power-bi"],
    },
    {
      title: "Become the owner of metric definitions",
      detail:
        "Write and maintain the definitions of your organisation's top ten metrics, get them signed off by their business owners and make every dashboard use them.",
      tasks: ["own-metric-definitions", "document-metric-definitions"],
      skills: ["data-governance", "stakeholder-management"],
    },
    {
      title: "Move towards analytics engineering",
      detail:
        "Learn dbt and version control so you build the tested models that dashboards and AI assistants read from, rather than one-off queries.",
      tasks: ["clean-and-reconcile-data", "write-sql-queries"],
      skills: ["analytics-engineering", "dbt", "git"],
    },
    {
      title: "Sharpen decision support and storytelling",
      detail:
        "Turn each monthly report into a short memo that states what changed, why, and what the reader should do, and present it in person.",
      tasks: ["present-insights", "produce-recurring-reports", "clarify-stakeholder-needs"],
      skills: ["data-storytelling", "presentation-skills", "business-acumen"],
    },
    {
      title: "Add statistics and Python for harder questions",
      detail:
        "Learn hypothesis testing, regression and basic forecasting in Python so you can take on questions that go beyond slicing a dashboard.",
      tasks: ["run-ad-hoc-analyses"],
      skills: ["statistics", "python", "pandas"],
    },
  ],
  related: [
    "data-scientist",
    "data-engineer",
    "financial-analyst",
    "product-manager",
    "database-administrator",
  ],
};
