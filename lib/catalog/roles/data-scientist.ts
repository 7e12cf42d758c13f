import type { RoleDef } from "../types";

export const dataScientist: RoleDef = {
  slug: "data-scientist",
  title: "Data Scientist",
  industry: "technology",
  socCode: "15-2051",
  aliases: [
    "Applied scientist",
    "Decision scientist",
    "Product data scientist",
    "Quantitative analyst",
    "Research data scientist",
    "Statistician",
  ],
  overview:
    "Data scientists use statistics and machine learning to answer business questions that simple reporting cannot: why customers churn, which price to test, how much a feature really moved revenue, what demand will look like next quarter. " +
    "A large share of the day goes into pulling and cleaning data, exploring it, fitting standard models and turning results into charts and notebooks, and this is exactly what chat-based analysts and AutoML platforms now do in minutes. " +
    "The durable value lies in framing the right question, designing experiments that survive scrutiny, spotting leakage and bias that make a model look better than it is, and persuading decision-makers to act on uncertain evidence. " +
    "Expect fewer hours of notebook plumbing and more time on problem framing, causal reasoning and review of machine-produced analyses.",
  tasks: [
    {
      slug: "explore-datasets",
      kind: "at_risk",
      title: "Explore and profile new datasets",
      description:
        "Summarise distributions, missing values, outliers and relationships in an unfamiliar dataset to see what it can and cannot support.",
      importance: 0.12,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "python", weight: 2 },
        { skill: "exploratory-data-analysis", weight: 3 },
        { skill: "pandas", weight: 2 },
        { skill: "data-visualization", weight: 1 },
      ],
    },
    {
      slug: "prepare-features",
      kind: "at_risk",
      title: "Clean data and engineer features",
      description:
        "Join sources, fix types and duplicates, and derive the lagged, aggregated or encoded variables a model will learn from.",
      importance: 0.13,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "data-cleaning", weight: 2 },
        { skill: "pandas", weight: 3 },
        { skill: "sql", weight: 1 },
        { skill: "feature-engineering", weight: 3 },
      ],
    },
    {
      slug: "train-standard-models",
      kind: "at_risk",
      title: "Train and tune standard predictive models",
      description:
        "Fit and compare regressions, gradient-boosted trees and similar well-understood models, tune their settings and report validation scores.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "scikit-learn", weight: 3 },
        { skill: "machine-learning", weight: 3 },
        { skill: "model-evaluation", weight: 2 },
        { skill: "python", weight: 1 },
      ],
    },
    {
      slug: "run-statistical-analyses",
      kind: "at_risk",
      title: "Run routine statistical analyses",
      description:
        "Apply significance tests, regressions and forecasts to answer a well-posed question and write up the estimates with their uncertainty.",
      importance: 0.08,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "statistics", weight: 3 },
        { skill: "hypothesis-testing", weight: 2 },
        { skill: "regression-analysis", weight: 2 },
        { skill: "r", weight: 1 },
      ],
    },
    {
      slug: "build-result-visuals",
      kind: "at_risk",
      title: "Produce charts, notebooks and result summaries",
      description:
        "Turn model outputs and analyses into charts, shareable notebooks and short written summaries for the team.",
      importance: 0.08,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "data-visualization", weight: 3 },
        { skill: "jupyter", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "write-extraction-queries",
      kind: "at_risk",
      title: "Write data extraction queries",
      description:
        "Write the SQL that pulls the right population, time window and events out of the warehouse for each analysis.",
      importance: 0.08,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "sql", weight: 3 },
        { skill: "data-warehousing", weight: 1 },
      ],
    },
    {
      slug: "frame-business-problems",
      kind: "safe",
      title: "Frame business problems as answerable questions",
      description:
        "Turn a vague request such as 'why is growth slowing' into a precise question, a success metric and an approach the business agrees is worth the effort.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["judgment", "stakeholders"],
      skills: [
        { skill: "problem-solving", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
        { skill: "business-acumen", weight: 2 },
      ],
    },
    {
      slug: "design-experiments",
      kind: "safe",
      title: "Design experiments and causal studies",
      description:
        "Plan A/B tests and quasi-experiments: randomisation unit, sample size, guardrail metrics, and what to do when a clean test is impossible.",
      importance: 0.08,
      exposure: 0.3,
      protectedBy: ["judgment", "novel-design"],
      skills: [
        { skill: "ab-testing", weight: 3 },
        { skill: "causal-inference", weight: 3 },
        { skill: "statistics", weight: 2 },
      ],
    },
    {
      slug: "scrutinise-model-validity",
      kind: "safe",
      title: "Check models for leakage, bias and misuse",
      description:
        "Look for target leakage, unrepresentative samples and unfair outcomes across groups before anyone relies on a model, and say no when the evidence is weak.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "responsible-ai", weight: 3 },
        { skill: "machine-learning", weight: 2 },
        { skill: "statistics", weight: 2 },
      ],
    },
    {
      slug: "advise-decision-makers",
      kind: "safe",
      title: "Advise decision-makers on what the evidence supports",
      description:
        "Present findings and their uncertainty to leaders, answer challenges on the spot and recommend a course of action they are willing to own.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "data-storytelling", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "interpret-in-domain-context",
      kind: "safe",
      title: "Interpret results in the business context",
      description:
        "Judge whether a surprising result reflects a real effect, a tracking change or a seasonal quirk, drawing on knowledge of the product and market.",
      importance: 0.06,
      exposure: 0.25,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "business-acumen", weight: 3 },
        { skill: "critical-thinking", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "julius-ai",
      effect: "automates",
      tasks: ["explore-datasets", "build-result-visuals", "run-statistical-analyses"],
      note: "Profiles an uploaded dataset, runs standard tests and produces charts from plain-language requests, with the generated Python shown for checking.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["explore-datasets", "prepare-features", "run-statistical-analyses"],
      note: "Its data analysis mode runs Python on uploaded files; useful for a first pass and for explaining unfamiliar methods.",
    },
    {
      tool: "datarobot",
      effect: "automates",
      tasks: ["train-standard-models"],
      note: "Trains and ranks dozens of candidate models with cross-validation and explanations, replacing much manual model comparison.",
    },
    {
      tool: "databricks-assistant",
      effect: "augments",
      tasks: ["prepare-features", "write-extraction-queries"],
      note: "Writes feature and extraction code against governed tables in the notebook and fixes errors in place.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["prepare-features", "train-standard-models"],
      note: "Completes pandas and scikit-learn boilerplate in notebooks and scripts.",
    },
  ],
  certifications: [
    "azure-data-scientist-associate",
    "databricks-ml-associate",
    "google-cloud-professional-ml-engineer",
    "aws-certified-ml-engineer-associate",
  ],
  salary: {
    entry: { min: 95000, max: 125000, changePct: [-6, 2] },
    mid: { min: 125000, max: 170000, changePct: [-2, 5] },
    senior: { min: 165000, max: 230000, changePct: [2, 9] },
    note: "Generalist notebook work is being absorbed by AI analysts and AutoML, which holds down entry pay; premiums go to data scientists with causal inference and experimentation depth, domain expertise and the credibility to steer decisions.",
  },
  adaptation: [
    {
      title: "Hand exploratory plumbing to an AI analyst and review it",
      detail:
        "Use Julius or ChatGPT for the first profile and chart pass on every new dataset, then spend the saved time checking joins, filters and assumptions in the generated code.",
      tasks: ["explore-datasets", "build-result-visuals"],
      skills: ["julius-ai", "chatgpt", "critical-thinking"],
    },
    {
      title: "Go deep on experimentation and causal inference",
      detail:
        "Own the experiment design for one product area: power analysis, variance reduction, and methods such as difference-in-differences when randomisation is not possible.",
      tasks: ["design-experiments"],
      skills: ["ab-testing", "causal-inference", "statistics"],
    },
    {
      title: "Become the reviewer of automated models",
      detail:
        "Set up a checklist for leakage, drift and group fairness and apply it to AutoML output before any model ships.",
      tasks: ["scrutinise-model-validity", "train-standard-models"],
      skills: ["responsible-ai", "automl", "datarobot"],
    },
    {
      title: "Practise decision-focused storytelling",
      detail:
        "Rewrite your next analysis as a one-page recommendation that leads with the decision, states the uncertainty plainly and lists what would change your mind.",
      tasks: ["advise-decision-makers", "frame-business-problems"],
      skills: ["data-storytelling", "communication", "business-acumen"],
    },
    {
      title: "Add production and LLM skills",
      detail:
        "Learn enough MLOps and LLM evaluation to take a model from notebook to monitored service, which widens the path towards machine learning engineering.",
      tasks: ["train-standard-models"],
      skills: ["mlops", "mlflow", "llm-evaluation"],
    },
  ],
  related: ["data-analyst", "machine-learning-engineer", "data-engineer", "ai-engineer", "product-manager"],
};
