// AI tools defined by group tech-c (data, machine learning, design, documentation, product and
// engineering management). Shared: other groups reuse these slugs.
import type { AiToolDef } from "../types";

export const aiTools: AiToolDef[] = [
  // Data platforms and analytics.
  {
    slug: "databricks-assistant",
    name: "Databricks Assistant",
    vendor: "Databricks",
    url: "https://www.databricks.com/product/databricks-assistant",
    description:
      "Context-aware assistant inside Databricks notebooks, the SQL editor and jobs: writes and explains PySpark and SQL from table metadata, fixes failing cells and suggests performance changes.",
    aliases: ["Databricks AI Assistant", "Databricks Assistant Agent Mode"],
  },
  {
    slug: "dbt-copilot",
    name: "dbt Copilot",
    vendor: "dbt Labs",
    url: "https://docs.getdbt.com/docs/cloud/dbt-copilot",
    description:
      "Assistant in the dbt platform that generates SQL models from plain language and writes model documentation, data tests, metrics and semantic models from the project's code.",
    aliases: ["dbt Assist", "dbt Cloud Copilot"],
  },
  {
    slug: "gemini-in-bigquery",
    name: "Gemini in BigQuery",
    vendor: "Google Cloud",
    url: "https://cloud.google.com/gemini/docs/bigquery/overview",
    description:
      "Gemini features built into BigQuery Studio: turns questions into SQL, explains and completes queries, builds data preparation steps and drafts notebook analyses over warehouse tables.",
    aliases: ["BigQuery Gemini", "Duet AI in BigQuery"],
  },
  {
    slug: "julius-ai",
    name: "Julius AI",
    vendor: "Julius AI",
    url: "https://julius.ai",
    description:
      "Chat-based data analyst: load spreadsheets or connect a database, ask questions in plain language, and it writes and runs Python or SQL to return tables, charts and statistical tests.",
    aliases: ["Julius", "Julius.ai"],
    caseSensitive: true,
  },
  {
    slug: "tableau-ai",
    name: "Tableau AI",
    vendor: "Salesforce",
    url: "https://www.tableau.com/products/tableau-ai",
    description:
      "Generative AI across Tableau: Tableau Agent builds calculations and visualisations from plain-language requests and Tableau Pulse writes metric summaries and explains what moved.",
    aliases: ["Tableau Agent", "Tableau Pulse", "Einstein Copilot for Tableau"],
  },
  {
    slug: "copilot-in-power-bi",
    name: "Copilot in Power BI",
    vendor: "Microsoft",
    url: "https://learn.microsoft.com/en-us/power-bi/create-reports/copilot-introduction",
    description:
      "Copilot inside Power BI and Microsoft Fabric: drafts report pages and DAX measures from a prompt, answers questions about a semantic model and writes narrative summaries of visuals.",
    aliases: ["Power BI Copilot", "Copilot for Power BI", "Copilot in Fabric"],
  },
  {
    slug: "datarobot",
    name: "DataRobot",
    vendor: "DataRobot",
    url: "https://www.datarobot.com",
    description:
      "Enterprise AI platform whose automated machine learning trains and ranks many candidate models on a dataset, explains them and deploys and monitors the chosen one.",
    aliases: ["DataRobot AutoML", "DataRobot AI Platform"],
  },

  // Design and user research.
  {
    slug: "figma-ai",
    name: "Figma AI",
    vendor: "Figma",
    url: "https://www.figma.com/ai/",
    description:
      "AI features in Figma: generates first-draft screens and prototypes from a prompt (Figma Make), rewrites and translates interface copy, renames layers and finds matching components.",
    aliases: ["Figma Make", "Figma First Draft", "Figma AI features"],
  },
  {
    slug: "uizard",
    name: "Uizard",
    vendor: "Uizard (Miro)",
    url: "https://uizard.io",
    description:
      "AI design tool that turns text prompts, hand sketches or screenshots into editable multi-screen wireframes and mockups.",
    aliases: ["Uizard Autodesigner", "Uizard Autodesigner 2.0"],
  },
  {
    slug: "dovetail",
    name: "Dovetail",
    vendor: "Dovetail",
    url: "https://dovetail.com",
    description:
      "Customer research repository that transcribes interviews and uses AI to tag highlights, cluster themes across studies and answer questions about the evidence.",
    aliases: ["Dovetail AI", "Dovetail research repository"],
    caseSensitive: true,
  },

  // Documentation and writing.
  {
    slug: "mintlify",
    name: "Mintlify",
    vendor: "Mintlify",
    url: "https://mintlify.com",
    description:
      "Documentation platform with an AI writing agent and an answer assistant: drafts and updates pages from code changes and API specs, and answers readers' questions from the docs.",
    aliases: ["Mintlify Docs", "Mintlify Writer"],
  },
  {
    slug: "grammarly",
    name: "Grammarly",
    vendor: "Grammarly (Superhuman)",
    url: "https://www.grammarly.com",
    description:
      "Writing assistant in the browser and office apps: corrects grammar and clarity, enforces a company style guide and generates or rewrites passages on request.",
    aliases: ["Grammarly Business", "GrammarlyGO", "Grammarly Pro"],
  },
  {
    slug: "deepl",
    name: "DeepL",
    vendor: "DeepL SE",
    url: "https://www.deepl.com",
    description:
      "Neural machine translation and writing tool that translates documents and text with glossaries, and rephrases text in a chosen tone (DeepL Write).",
    aliases: ["DeepL Translator", "DeepL Write", "DeepL Pro"],
  },

  // Product and team workspaces.
  {
    slug: "notion-ai",
    name: "Notion AI",
    vendor: "Notion Labs",
    url: "https://www.notion.com/product/ai",
    description:
      "Assistant built into Notion pages and databases: drafts specs and updates, summarises meeting notes, answers questions across the workspace and fills database properties.",
    aliases: ["Notion AI Meeting Notes", "Notion Q&A"],
  },
  {
    slug: "productboard-ai",
    name: "Productboard AI",
    vendor: "Productboard",
    url: "https://www.productboard.com",
    description:
      "AI in the Productboard product-management platform: summarises incoming customer feedback, links it to feature ideas, groups it into themes and drafts feature descriptions.",
    aliases: ["Productboard Pulse", "Productboard Spark"],
  },
  {
    slug: "atlassian-rovo",
    name: "Atlassian Rovo",
    vendor: "Atlassian",
    url: "https://www.atlassian.com/software/rovo",
    description:
      "AI search, chat and agents across Jira, Confluence and connected apps: summarises issues and pages, drafts tickets and status reports, and breaks work into child issues.",
    aliases: ["Rovo", "Atlassian Intelligence", "Rovo agents"],
  },
  {
    slug: "lattice-ai",
    name: "Lattice AI",
    vendor: "Lattice",
    url: "https://lattice.com",
    description:
      "AI agent in the Lattice people platform: drafts evidence-based performance reviews from goals, feedback and one-on-one notes, and summarises engagement-survey themes for managers.",
    aliases: ["Lattice AI Agent"],
  },
];
