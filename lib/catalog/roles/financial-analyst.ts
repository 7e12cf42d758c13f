import type { RoleDef } from "../types";

export const financialAnalyst: RoleDef = {
  slug: "financial-analyst",
  title: "Financial Analyst",
  industry: "finance",
  socCode: "13-2051",
  aliases: [
    "FP&A analyst",
    "Corporate financial analyst",
    "Investment analyst",
    "Equity research analyst",
    "Finance analyst",
    "Senior financial analyst",
    "Credit analyst",
    "Investment banking analyst",
  ],
  overview:
    "Financial analysts turn company and market data into decisions: they build models, forecast results, value businesses and securities, and recommend where money should go, either inside a company (FP&A) or for investors. AI research platforms now read filings and earnings calls, pull comparables and draft memos and decks in minutes, which compresses the data-gathering and first-draft work that once filled junior analysts' weeks. The judgment about which assumptions to believe, the relationships with business leaders and management teams, and the accountability for a recommendation remain human. Analysts who direct these tools and can defend every number move up faster; those who only assemble spreadsheets face fewer openings.",
  tasks: [
    {
      slug: "build-financial-models",
      kind: "at_risk",
      title: "Build and update financial models",
      description:
        "Construct three-statement, budget and valuation models, roll them forward each period and keep the links intact. AI in Excel and finance platforms now drafts model structure and refreshes inputs, but complex logic still needs an analyst.",
      importance: 0.14,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "financial-analysis", weight: 3 },
        { skill: "excel", weight: 2 },
        { skill: "valuation", weight: 1 },
      ],
    },
    {
      slug: "gather-market-data",
      kind: "at_risk",
      title: "Gather company, peer and market data",
      description:
        "Collect financials, comparables, pricing and industry statistics from filings, data terminals and internal systems. Research platforms pull and normalise this data on request.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "investment-research", weight: 2 },
        { skill: "data-analysis", weight: 2 },
      ],
    },
    {
      slug: "variance-kpi-reporting",
      kind: "at_risk",
      title: "Produce budget-versus-actual and KPI reports",
      description:
        "Compare results with plan each month, build the KPI pack and write the commentary on what drove the gaps. FP&A tools now generate the reports and a first draft of the narrative.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "variance-analysis", weight: 3 },
        { skill: "fp-and-a", weight: 2 },
        { skill: "data-visualization", weight: 1 },
      ],
    },
    {
      slug: "draft-memos-decks",
      kind: "at_risk",
      title: "Draft investment memos and presentation decks",
      description:
        "Write the first version of investment memos, board slides and pitch pages from the analysis. Generative tools produce serviceable drafts with charts and sourced figures.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "written-communication", weight: 2 },
        { skill: "powerpoint", weight: 1 },
        { skill: "investment-research", weight: 1 },
      ],
    },
    {
      slug: "summarize-filings-calls",
      kind: "at_risk",
      title: "Summarise earnings calls, filings and news",
      description:
        "Read 10-Ks, transcripts and broker notes and pull out what changed for the companies you cover. AI search summarises these documents with citations almost instantly.",
      importance: 0.07,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "financial-statement-analysis", weight: 3 },
        { skill: "investment-research", weight: 1 },
      ],
    },
    {
      slug: "forecast-scenarios",
      kind: "at_risk",
      title: "Run forecasts and scenario analyses",
      description:
        "Project revenue, costs and cash under base, upside and downside cases and test sensitivities. Driver-based tools and AI speed up the mechanics; choosing the drivers is still the analyst's call.",
      importance: 0.07,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "forecasting", weight: 2 },
        { skill: "fp-and-a", weight: 2 },
        { skill: "financial-analysis", weight: 1 },
      ],
    },
    {
      slug: "form-recommendation",
      kind: "safe",
      title: "Form and defend a recommendation",
      description:
        "Decide what the analysis actually says (invest, cut, fund, hold) and stand behind it under questioning, including which assumptions you distrust.",
      importance: 0.12,
      exposure: 0.2,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "critical-thinking", weight: 3 },
        { skill: "valuation", weight: 2 },
        { skill: "financial-statement-analysis", weight: 1 },
      ],
    },
    {
      slug: "partner-business-leaders",
      kind: "safe",
      title: "Partner with business leaders on plans",
      description:
        "Work with department heads to build budgets they believe in, challenge their assumptions and follow up when results drift.",
      importance: 0.1,
      exposure: 0.15,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "fp-and-a", weight: 1 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "diligence-management",
      kind: "safe",
      title: "Question management teams and test assumptions",
      description:
        "Interview company managers, customers and experts, visit operations and judge whether the story behind the numbers holds up.",
      importance: 0.07,
      exposure: 0.15,
      protectedBy: ["judgment", "tacit-knowledge", "trust"],
      skills: [
        { skill: "investment-research", weight: 2 },
        { skill: "critical-thinking", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "present-to-committees",
      kind: "safe",
      title: "Present to investment committees and executives",
      description:
        "Walk decision-makers through the case, handle pushback in the room and adjust the proposal to what they will approve.",
      importance: 0.07,
      exposure: 0.15,
      protectedBy: ["stakeholders", "leadership"],
      skills: [
        { skill: "presentation-skills", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "validate-models-ai",
      kind: "safe",
      title: "Check models and AI-generated analysis",
      description:
        "Audit formulas, reconcile model outputs to the ledger and verify every figure an AI tool supplied before it reaches a decision-maker.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "financial-analysis", weight: 2 },
        { skill: "attention-to-detail", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "alphasense",
      effect: "automates",
      tasks: ["summarize-filings-calls", "gather-market-data"],
      note: "Searches filings, transcripts and expert calls and returns cited summaries, replacing hours of reading.",
    },
    {
      tool: "rogo",
      effect: "augments",
      tasks: ["gather-market-data", "draft-memos-decks", "build-financial-models"],
      note: "Pulls comparable-company data and drafts memos and pitch pages that the analyst then checks and shapes.",
    },
    {
      tool: "datarails",
      effect: "augments",
      tasks: ["variance-kpi-reporting", "forecast-scenarios"],
      note: "Consolidates actuals against budget inside Excel and answers variance questions in chat.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: ["build-financial-models", "draft-memos-decks", "variance-kpi-reporting"],
      note: "Builds formulas, charts and slide drafts from the workbook and explains changes between versions.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["forecast-scenarios", "validate-models-ai", "draft-memos-decks"],
      note: "Used to reason through scenarios, write analysis code and stress-test an investment thesis before it goes to committee.",
    },
  ],
  certifications: ["cfa", "fmva", "fpac", "cma"],
  salary: {
    entry: { min: 65000, max: 85000, changePct: [-6, 2] },
    mid: { min: 85000, max: 125000, changePct: [0, 6] },
    senior: { min: 120000, max: 175000, changePct: [2, 9] },
    note: "Junior analyst work (data pulls, first drafts, model upkeep) is the most automated, so entry hiring and pay soften. Analysts who combine judgment, business partnering and fluent use of AI research tools take on more coverage each and see the largest real gains.",
  },
  adaptation: [
    {
      title: "Let AI do the reading, you do the thinking",
      detail:
        "Use AI research search for filings and transcripts, then spend the saved time on the two or three questions that decide the case; keep a log of claims you verified.",
      tasks: ["summarize-filings-calls", "gather-market-data", "form-recommendation"],
      skills: ["alphasense", "investment-research", "critical-thinking"],
    },
    {
      title: "Own model integrity",
      detail:
        "Set modelling standards (inputs, checks, version control) for your team and review every AI-generated formula or figure before it is used.",
      tasks: ["build-financial-models", "validate-models-ai"],
      skills: ["financial-analysis", "excel", "attention-to-detail"],
    },
    {
      title: "Become a business partner, not a report builder",
      detail:
        "Meet budget owners regularly, understand operational drivers and bring recommendations rather than variance tables.",
      tasks: ["partner-business-leaders", "variance-kpi-reporting"],
      skills: ["stakeholder-management", "fp-and-a", "communication"],
    },
    {
      title: "Add data skills",
      detail:
        "Learn SQL and a BI tool so you can pull and shape data yourself instead of waiting on exports, and build driver-based forecasts on live data.",
      tasks: ["forecast-scenarios", "variance-kpi-reporting"],
      skills: ["sql", "data-visualization", "data-analysis"],
    },
    {
      title: "Earn a credential that signals judgment",
      detail:
        "The CFA for investment roles or the FP&A certification for corporate finance show you can reason about value, not just compile numbers.",
      tasks: ["form-recommendation", "present-to-committees"],
      skills: ["valuation", "presentation-skills"],
    },
  ],
  related: ["accountant", "data-analyst", "bookkeeper", "data-scientist"],
};
