import type { RoleDef } from "../types";

export const dataEngineer: RoleDef = {
  slug: "data-engineer",
  title: "Data Engineer",
  industry: "technology",
  socCode: "15-1243",
  aliases: [
    "Big data engineer",
    "ETL developer",
    "Analytics engineer",
    "Data platform engineer",
    "Data pipeline engineer",
    "Data warehouse engineer",
  ],
  overview:
    "Data engineers build and run the pipelines that move data from operational systems, event streams and third-party feeds into warehouses and lakehouses where analysts, data scientists and models can use it. " +
    "Much of the hands-on work is SQL and PySpark transformation code, orchestration, tests and documentation, and assistants inside Databricks, dbt and BigQuery now draft a large share of it from table metadata. " +
    "What stays with the engineer is choosing the architecture, agreeing data contracts with the teams that produce and consume data, protecting sensitive fields, and owning the pipelines when they break at two in the morning. " +
    "The role is shifting from writing every transformation by hand towards reviewing generated code, designing platforms and guaranteeing data quality.",
  tasks: [
    {
      slug: "build-batch-pipelines",
      kind: "at_risk",
      title: "Build batch ingestion and transformation jobs",
      description:
        "Write the jobs that extract data from source databases, APIs and files, reshape it and load it into the warehouse or lakehouse on a schedule.",
      importance: 0.15,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "python", weight: 3 },
        { skill: "apache-spark", weight: 2 },
        { skill: "apache-airflow", weight: 2 },
        { skill: "etl", weight: 2 },
      ],
    },
    {
      slug: "write-sql-models",
      kind: "at_risk",
      title: "Write SQL transformation models",
      description:
        "Turn raw tables into cleaned staging layers, dimensional models and reporting marts, usually as versioned dbt or warehouse SQL models.",
      importance: 0.14,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "sql", weight: 3 },
        { skill: "dbt", weight: 2 },
        { skill: "data-modeling", weight: 2 },
      ],
    },
    {
      slug: "write-data-quality-tests",
      kind: "at_risk",
      title: "Write data quality tests and checks",
      description:
        "Add uniqueness, null, freshness and referential checks to models and pipelines so bad loads are caught before dashboards or models consume them.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "data-quality", weight: 3 },
        { skill: "sql", weight: 2 },
        { skill: "dbt", weight: 1 },
      ],
    },
    {
      slug: "document-datasets",
      kind: "at_risk",
      title: "Document tables, columns and lineage",
      description:
        "Describe what each dataset and column means, where it comes from and who owns it, in the catalog and in model YAML files.",
      importance: 0.06,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "data-catalog", weight: 3 },
        { skill: "data-governance", weight: 2 },
        { skill: "technical-writing", weight: 1 },
      ],
    },
    {
      slug: "debug-failed-runs",
      kind: "at_risk",
      title: "Diagnose failed pipeline runs",
      description:
        "Read orchestrator logs, stack traces and row counts to find why a job failed or produced wrong numbers, then patch and backfill.",
      importance: 0.09,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "apache-airflow", weight: 2 },
        { skill: "python", weight: 2 },
        { skill: "sql", weight: 2 },
        { skill: "debugging", weight: 2 },
      ],
    },
    {
      slug: "tune-query-performance",
      kind: "at_risk",
      title: "Tune slow queries and Spark jobs",
      description:
        "Rework joins, partitioning, clustering and file sizes so heavy transformations finish inside their window and cost less compute.",
      importance: 0.08,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "apache-spark", weight: 3 },
        { skill: "sql", weight: 2 },
        { skill: "performance-optimization", weight: 2 },
      ],
    },
    {
      slug: "migrate-legacy-etl",
      kind: "at_risk",
      title: "Port legacy ETL to the current platform",
      description:
        "Translate stored procedures, SSIS packages or Hadoop jobs into the team's current stack and prove the outputs match row for row.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "sql", weight: 3 },
        { skill: "python", weight: 2 },
        { skill: "etl", weight: 2 },
      ],
    },
    {
      slug: "design-data-architecture",
      kind: "safe",
      title: "Design the data platform architecture",
      description:
        "Choose between warehouse, lakehouse and streaming designs, set the layering and modeling conventions, and weigh freshness against cost for the whole organisation.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "data-architecture", weight: 3 },
        { skill: "data-modeling", weight: 2 },
        { skill: "system-design", weight: 2 },
      ],
    },
    {
      slug: "agree-data-contracts",
      kind: "safe",
      title: "Agree data contracts with producers and consumers",
      description:
        "Negotiate schemas, delivery times and change notice with the application teams that emit data and the analysts who depend on it, and hold both sides to it.",
      importance: 0.07,
      exposure: 0.2,
      protectedBy: ["stakeholders", "accountability"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "data-modeling", weight: 2 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "protect-sensitive-data",
      kind: "safe",
      title: "Protect personal and sensitive data",
      description:
        "Decide which fields are masked, tokenised or dropped, who may query them, and how retention and deletion requests flow through every copy of the data.",
      importance: 0.07,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "data-governance", weight: 3 },
        { skill: "data-privacy", weight: 3 },
        { skill: "access-control", weight: 1 },
      ],
    },
    {
      slug: "own-pipeline-incidents",
      kind: "safe",
      title: "Own production data incidents",
      description:
        "Take the on-call page when a critical feed is late or wrong, decide whether to halt downstream jobs, tell affected teams what happened and lead the follow-up.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["accountability", "stakeholders"],
      skills: [
        { skill: "incident-management", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "learn-source-systems",
      kind: "safe",
      title: "Learn the quirks of source systems",
      description:
        "Work out with application owners what fields really mean, which records are test or duplicate data and how business events map to rows, knowledge rarely written down.",
      importance: 0.05,
      exposure: 0.25,
      protectedBy: ["tacit-knowledge"],
      skills: [
        { skill: "data-analysis", weight: 2 },
        { skill: "communication", weight: 2 },
        { skill: "sql", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "databricks-assistant",
      effect: "augments",
      tasks: ["build-batch-pipelines", "debug-failed-runs", "tune-query-performance"],
      note: "Drafts PySpark and SQL from table schemas, explains failing notebook cells and suggests fixes for slow jobs inside the workspace.",
    },
    {
      tool: "dbt-copilot",
      effect: "automates",
      tasks: ["document-datasets", "write-data-quality-tests", "write-sql-models"],
      note: "Generates model and column descriptions and standard data tests from the project's code, and drafts new models from a plain-language request.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["build-batch-pipelines", "migrate-legacy-etl", "write-data-quality-tests"],
      note: "Completes pipeline code, DAG definitions and test cases in the editor and helps translate legacy SQL dialects.",
    },
    {
      tool: "gemini-in-bigquery",
      effect: "augments",
      tasks: ["write-sql-models", "tune-query-performance"],
      note: "Writes and explains BigQuery SQL from the schema and points out expensive query patterns.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["migrate-legacy-etl", "debug-failed-runs"],
      note: "Reads long stored procedures and log excerpts and proposes an equivalent modern implementation or a likely root cause to verify.",
    },
  ],
  certifications: [
    "databricks-data-engineer-associate",
    "databricks-data-engineer-professional",
    "snowpro-core",
    "google-cloud-professional-data-engineer",
    "aws-certified-data-engineer-associate",
    "fabric-data-engineer-associate",
  ],
  salary: {
    entry: { min: 90000, max: 120000, changePct: [-6, 2] },
    mid: { min: 120000, max: 160000, changePct: [-2, 5] },
    senior: { min: 155000, max: 215000, changePct: [3, 10] },
    note: "Routine pipeline and SQL work is where assistants save the most time, which squeezes junior hiring; engineers who own platform architecture, data quality and governance, and who feed AI products with reliable data, keep gaining.",
  },
  adaptation: [
    {
      title: "Treat generated pipeline code as a first draft you test",
      detail:
        "Let Databricks Assistant or Copilot write the transformation, then require dbt tests, row-count reconciliation and a code review before it merges; measure how much review time you save.",
      tasks: ["build-batch-pipelines", "write-sql-models", "write-data-quality-tests"],
      skills: ["dbt", "data-quality", "github-copilot"],
    },
    {
      title: "Move up to platform and data architecture",
      detail:
        "Lead the design of one lakehouse or warehouse domain end to end: layering, modeling conventions, cost model and freshness targets, written up as a design document others follow.",
      tasks: ["design-data-architecture"],
      skills: ["data-architecture", "system-design", "data-modeling"],
    },
    {
      title: "Own data contracts and governance",
      detail:
        "Introduce schema contracts and PII classification for your most important sources, and agree the change process with the producing teams.",
      tasks: ["agree-data-contracts", "protect-sensitive-data"],
      skills: ["data-governance", "data-privacy", "stakeholder-management"],
    },
    {
      title: "Serve AI workloads",
      detail:
        "Build the feature tables, document pipelines and embeddings stores that ML and LLM teams need, so your pipelines become the input to AI rather than its target.",
      tasks: ["build-batch-pipelines", "design-data-architecture"],
      skills: ["machine-learning", "vector-databases", "python"],
    },
    {
      title: "Certify on the platform you run",
      detail:
        "Take the Databricks, Snowflake or cloud data engineer exam that matches your stack to prove depth in tuning and operating it.",
      tasks: ["tune-query-performance"],
      skills: ["databricks", "snowflake", "apache-spark"],
    },
  ],
  related: [
    "data-scientist",
    "machine-learning-engineer",
    "database-administrator",
    "backend-developer",
    "data-analyst",
    "cloud-architect",
  ],
};
