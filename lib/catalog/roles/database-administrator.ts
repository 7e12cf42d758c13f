import type { RoleDef } from "../types";

export const databaseAdministrator: RoleDef = {
  slug: "database-administrator",
  title: "Database Administrator",
  industry: "technology",
  socCode: "15-1242",
  aliases: [
    "DBA",
    "Database engineer",
    "Oracle DBA",
    "SQL Server DBA",
    "PostgreSQL DBA",
    "Database reliability engineer",
    "Cloud database administrator",
  ],
  overview:
    "Database administrators keep an organisation's databases fast, available, recoverable and secure: they tune queries, manage backups and replication, patch and upgrade engines, control access and plan capacity. Managed cloud databases already patch, back up and scale themselves, and AI now reads execution plans, recommends indexes and writes the SQL for routine changes, so much of the traditional checklist is automated. What remains valuable is owning recovery when data is at stake, choosing the right engines and topologies, and protecting sensitive data under audit. The role is converging with data platform and database reliability engineering.",
  tasks: [
    {
      slug: "tune-slow-queries",
      kind: "at_risk",
      title: "Tune slow queries and indexes",
      description:
        "Read execution plans and wait statistics, then rewrite queries or add, drop and adjust indexes. Engines and assistants now recommend most of these fixes automatically, leaving the DBA to verify them under load.",
      importance: 0.14,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "query-optimization", weight: 3 },
        { skill: "sql", weight: 2 },
        { skill: "postgresql", weight: 1 },
      ],
    },
    {
      slug: "run-routine-maintenance",
      kind: "at_risk",
      title: "Patch engines and run routine maintenance",
      description:
        "Apply patches, refresh statistics, rebuild fragmented indexes and vacuum or reorganise tables on schedule. Managed and autonomous databases perform this work themselves.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "database-administration", weight: 3 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "manage-backup-jobs",
      kind: "at_risk",
      title: "Schedule and verify backups",
      description:
        "Configure full, incremental and log backups, check that they completed, and test restores against retention rules. Cloud services automate the schedule and point-in-time recovery; periodic verification remains.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "backup-and-recovery", weight: 3 },
        { skill: "bash", weight: 1 },
      ],
    },
    {
      slug: "monitor-database-health",
      kind: "at_risk",
      title: "Monitor database health and respond to alerts",
      description:
        "Watch replication lag, locks, storage growth and connection pressure, and investigate when thresholds are crossed. Monitoring tools increasingly detect anomalies and explain their cause.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "observability", weight: 3 },
        { skill: "database-administration", weight: 2 },
      ],
    },
    {
      slug: "provision-database-access",
      kind: "at_risk",
      title: "Provision logins, roles and permissions",
      description:
        "Create accounts and roles, grant least-privilege access and remove stale permissions as people join and leave. This is largely scripted or driven by identity-management workflows.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "database-security", weight: 3 },
        { skill: "sql", weight: 2 },
      ],
    },
    {
      slug: "review-schema-changes",
      kind: "at_risk",
      title: "Write and review schema changes",
      description:
        "Prepare and check DDL and data migration scripts so they do not lock tables or lose data in production. Assistants write the scripts and flag risky operations; the DBA still reviews the risky ones.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "sql", weight: 3 },
        { skill: "data-modeling", weight: 2 },
      ],
    },
    {
      slug: "forecast-database-capacity",
      kind: "at_risk",
      title: "Forecast storage and compute needs",
      description:
        "Project data growth and workload peaks to size instances, storage and licences ahead of time. Cloud services autoscale and forecasting tools model the rest.",
      importance: 0.05,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "capacity-planning", weight: 3 },
        { skill: "database-administration", weight: 1 },
      ],
    },
    {
      slug: "document-database-procedures",
      kind: "at_risk",
      title: "Document database estates and procedures",
      description:
        "Keep inventories, configuration notes and operating procedures up to date for each database. Much of it can be generated from the catalogs and scripts themselves.",
      importance: 0.04,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "database-administration", weight: 1 },
      ],
    },
    {
      slug: "lead-data-recovery",
      kind: "safe",
      title: "Lead recovery when data is lost or corrupted",
      description:
        "Decide how to restore service after corruption, a bad migration or a failed region: which point to recover to, what data may be lost, and when to fail over. The DBA answers for the data.",
      importance: 0.1,
      exposure: 0.35,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "backup-and-recovery", weight: 3 },
        { skill: "high-availability", weight: 2 },
        { skill: "disaster-recovery", weight: 2 },
      ],
    },
    {
      slug: "design-data-topology",
      kind: "safe",
      title: "Choose engines, replication and partitioning designs",
      description:
        "Decide which database fits a workload and how to replicate, shard and partition it for the required availability and cost. These choices are expensive to reverse.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "data-modeling", weight: 2 },
        { skill: "high-availability", weight: 2 },
        { skill: "system-design", weight: 2 },
      ],
    },
    {
      slug: "protect-sensitive-data",
      kind: "safe",
      title: "Protect sensitive data and satisfy auditors",
      description:
        "Decide encryption, masking, auditing and retention for personal and financial data, and produce evidence for audits under rules such as GDPR, HIPAA or PCI DSS.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "database-security", weight: 3 },
        { skill: "compliance", weight: 2 },
      ],
    },
    {
      slug: "plan-major-upgrades-and-migrations",
      kind: "safe",
      title: "Plan major upgrades and platform migrations",
      description:
        "Plan moves between major versions or from on-premises Oracle or SQL Server to cloud and open-source engines, including compatibility testing and a cutover with minimal downtime. Quirks of the local estate decide how it goes.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["tacit-knowledge", "accountability"],
      skills: [
        { skill: "database-migration", weight: 3 },
        { skill: "oracle-database", weight: 1 },
        { skill: "postgresql", weight: 1 },
      ],
    },
    {
      slug: "advise-development-teams",
      kind: "safe",
      title: "Advise developers on data access patterns",
      description:
        "Sit with application teams to shape schemas, transactions and query patterns before they reach production, and push back on designs that will not scale.",
      importance: 0.04,
      exposure: 0.3,
      protectedBy: ["stakeholders", "tacit-knowledge"],
      skills: [
        { skill: "communication", weight: 2 },
        { skill: "data-modeling", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "oracle-autonomous-database",
      effect: "automates",
      tasks: [
        "run-routine-maintenance",
        "manage-backup-jobs",
        "tune-slow-queries",
        "forecast-database-capacity",
      ],
      note: "Patches, backs up, indexes and scales itself, removing most routine DBA work on the databases that move to it.",
    },
    {
      tool: "microsoft-copilot-in-azure",
      effect: "augments",
      tasks: ["tune-slow-queries", "monitor-database-health"],
      note: "Copilot in Azure SQL Database explains performance problems, suggests index and query changes and writes T-SQL from plain questions.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["review-schema-changes", "provision-database-access", "document-database-procedures"],
      note: "Writes migration scripts, grant statements and maintenance scripts, and explains unfamiliar SQL in the editor.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["tune-slow-queries", "review-schema-changes"],
      note: "Reads a pasted execution plan and suggests rewrites or indexes; useful as a second opinion, not a final answer.",
    },
    {
      tool: "dynatrace-davis-ai",
      effect: "augments",
      tasks: ["monitor-database-health", "forecast-database-capacity"],
      note: "Detects abnormal database behaviour, ties it to the application calls that caused it and forecasts storage exhaustion.",
    },
  ],
  certifications: [
    "azure-database-administrator-associate",
    "oracle-database-administration-2019-certified-professional",
    "google-cloud-professional-cloud-database-engineer",
    "mongodb-associate-database-administrator",
  ],
  salary: {
    entry: { min: 70000, max: 95000, changePct: [-8, 0] },
    mid: { min: 95000, max: 130000, changePct: [-5, 3] },
    senior: { min: 125000, max: 170000, changePct: [-1, 6] },
    note: "Self-managing cloud databases and AI tuning advisors erode pay for routine administration, especially at entry level; DBAs who move into data platform, migration and database reliability engineering keep or grow their pay.",
  },
  adaptation: [
    {
      title: "Move from administration to database reliability engineering",
      detail:
        "Manage databases as code (Terraform, Liquibase or Flyway migrations in CI), define SLOs for them and automate failover testing, so the job becomes engineering the platform rather than operating it by hand.",
      tasks: ["review-schema-changes", "lead-data-recovery", "run-routine-maintenance"],
      skills: ["infrastructure-as-code", "site-reliability-engineering", "ci-cd"],
    },
    {
      title: "Lead migrations to managed and open-source engines",
      detail:
        "Build hands-on experience migrating Oracle or SQL Server workloads to PostgreSQL and managed cloud services (AWS DMS, Azure Database Migration Service), which is where demand for DBA judgment is concentrated.",
      tasks: ["plan-major-upgrades-and-migrations", "design-data-topology"],
      skills: ["database-migration", "postgresql", "aws"],
    },
    {
      title: "Own data security and compliance",
      detail:
        "Deepen skills in encryption, masking, auditing and access reviews, and learn the regulatory frameworks that apply to your data; this responsibility grows as AI systems query more of it.",
      tasks: ["protect-sensitive-data", "provision-database-access"],
      skills: ["database-security", "compliance"],
    },
    {
      title: "Use AI advisors, and check them under load",
      detail:
        "Let engine advisors and assistants propose indexes and rewrites, but validate each one with a replayed workload before production; learn vector search extensions such as pgvector as AI features land in your databases.",
      tasks: ["tune-slow-queries", "advise-development-teams"],
      skills: ["query-optimization", "vector-databases"],
    },
  ],
  related: [
    "data-engineer",
    "site-reliability-engineer",
    "systems-administrator",
    "backend-developer",
    "cloud-architect",
  ],
};
