import type { RoleDef } from "../types";

export const accountant: RoleDef = {
  slug: "accountant",
  title: "Accountant",
  industry: "finance",
  socCode: "13-2011",
  aliases: [
    "Staff accountant",
    "Senior accountant",
    "General ledger accountant",
    "Corporate accountant",
    "Public accountant",
    "Audit associate",
    "Tax accountant",
    "Certified public accountant",
  ],
  overview:
    "Accountants keep an organisation's books right and explain them: they post and review entries, reconcile accounts, close each period, prepare financial statements and tax filings, and work with auditors. Close automation and AI assistants now match transactions, draft flux commentary and pull audit support in minutes, so the routine half of the job is shrinking fast. What remains valuable is the judgment on unusual transactions, the design of controls, the sign-off that someone is accountable for, and advice that managers trust. Accountants who run and check the automated close, rather than key it by hand, move toward controller and advisory work.",
  tasks: [
    {
      slug: "post-journal-entries",
      kind: "at_risk",
      title: "Post journal entries and accruals",
      description:
        "Record recurring and period-end entries (accruals, prepaids, depreciation, allocations) from invoices, contracts and schedules. Rules engines and AI now propose most of these entries from source data, leaving the accountant to approve them.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "general-ledger", weight: 3 },
        { skill: "accounting", weight: 2 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "reconcile-accounts",
      kind: "at_risk",
      title: "Reconcile balance-sheet accounts",
      description:
        "Tie cash, intercompany, accrual and subledger balances to supporting records and chase the differences. Matching engines clear the bulk of items automatically and flag only the breaks.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "account-reconciliation", weight: 3 },
        { skill: "excel", weight: 2 },
        { skill: "blackline", weight: 1 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "prepare-financial-statements",
      kind: "at_risk",
      title: "Prepare financial statements and schedules",
      description:
        "Assemble the balance sheet, income statement, cash-flow statement and supporting schedules after close. Reporting tools increasingly build the package and draft footnote text from the trial balance.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "financial-reporting", weight: 3 },
        { skill: "gaap", weight: 2 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "flux-analysis",
      kind: "at_risk",
      title: "Explain period-over-period fluctuations",
      description:
        "Write the commentary on why balances and expenses moved against prior periods and budget. AI close tools draft these explanations from the transaction detail for review.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "variance-analysis", weight: 3 },
        { skill: "financial-reporting", weight: 1 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "tax-workpapers",
      kind: "at_risk",
      title: "Prepare tax provisions and return workpapers",
      description:
        "Compute taxable income adjustments, sales and payroll tax filings and the workpapers behind income tax returns. Tax software and AI assistants now populate most schedules from the ledger.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "tax-preparation", weight: 3 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "audit-support",
      kind: "at_risk",
      title: "Pull audit support and answer PBC requests",
      description:
        "Gather invoices, contracts, roll-forwards and reconciliations that external or internal auditors request. Document AI locates and packages most samples without manual searching.",
      importance: 0.07,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "auditing", weight: 2 },
        { skill: "records-management", weight: 1 },
      ],
    },
    {
      slug: "research-standards",
      kind: "at_risk",
      title: "Research accounting standards and draft memos",
      description:
        "Look up ASC or IFRS guidance for a transaction and write the position memo. Assistants find and summarise the relevant paragraphs quickly; the conclusion still needs a qualified reviewer.",
      importance: 0.05,
      exposure: 0.55,
      timeline: "now",
      skills: [
        { skill: "gaap", weight: 2 },
        { skill: "ifrs", weight: 1 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "technical-accounting-judgment",
      kind: "safe",
      title: "Decide the treatment of complex transactions",
      description:
        "Choose how to account for acquisitions, leases, revenue contracts, impairments and estimates where the standards leave room for judgment, and defend the choice to auditors.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "gaap", weight: 3 },
        { skill: "revenue-recognition", weight: 2 },
        { skill: "accounting", weight: 2 },
        { skill: "critical-thinking", weight: 1 },
      ],
    },
    {
      slug: "design-internal-controls",
      kind: "safe",
      title: "Design and test internal controls",
      description:
        "Decide where approvals, segregation of duties and reviews belong in the company's actual processes, including the new automated ones, and test that they work.",
      importance: 0.08,
      exposure: 0.3,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "internal-controls", weight: 3 },
        { skill: "auditing", weight: 1 },
      ],
    },
    {
      slug: "advise-management",
      kind: "safe",
      title: "Advise managers on financial consequences",
      description:
        "Explain to budget owners and executives what the numbers mean for pricing, hiring, cash and tax, and what a proposed decision would do to the books.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "communication", weight: 2 },
        { skill: "financial-statement-analysis", weight: 2 },
        { skill: "stakeholder-management", weight: 1 },
      ],
    },
    {
      slug: "review-sign-off-close",
      kind: "safe",
      title: "Review and sign off the close",
      description:
        "Review the work of staff and automated tools, question anything that looks wrong, and put your name to the period's numbers.",
      importance: 0.07,
      exposure: 0.25,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "month-end-close", weight: 3 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "liaise-auditors-regulators",
      kind: "safe",
      title: "Work through issues with auditors and tax authorities",
      description:
        "Negotiate proposed adjustments, answer notices and keep the relationship with auditors and tax agencies constructive.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "auditing", weight: 2 },
        { skill: "negotiation", weight: 1 },
        { skill: "communication", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "numeric",
      effect: "automates",
      tasks: ["reconcile-accounts", "flux-analysis"],
      note: "Matches transactions against bank and subledger data and drafts flux explanations, so the accountant reviews exceptions instead of ticking items.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: ["prepare-financial-statements", "flux-analysis", "post-journal-entries"],
      note: "Copilot in Excel builds schedules, checks formulas and summarises variances in workbooks the team already uses.",
    },
    {
      tool: "mindbridge",
      effect: "augments",
      tasks: ["audit-support", "design-internal-controls", "review-sign-off-close"],
      note: "Scores every journal entry for risk so reviews and control tests start with the unusual postings.",
    },
    {
      tool: "vic-ai",
      effect: "automates",
      tasks: ["post-journal-entries"],
      note: "Codes and posts supplier invoices and their accruals with little manual entry.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["research-standards", "technical-accounting-judgment"],
      note: "Summarises long standards, contracts and comment letters and drafts a first position memo for the accountant to verify.",
    },
  ],
  certifications: ["cpa", "cma", "cia", "enrolled-agent"],
  salary: {
    entry: { min: 55000, max: 72000, changePct: [-6, 2] },
    mid: { min: 72000, max: 100000, changePct: [-1, 5] },
    senior: { min: 95000, max: 145000, changePct: [2, 8] },
    note: "Automated close and AP tools cut demand for entry-level transaction work, so starting pay stays flat in real terms. Licensed accountants who run automated processes, own technical judgments and advise management keep a premium, and controllers gain the most.",
  },
  adaptation: [
    {
      title: "Run the automated close instead of keying it",
      detail:
        "Take ownership of the matching rules, accrual templates and exception queues in your close tool; measure auto-match rates and cut manual entries each month.",
      tasks: ["reconcile-accounts", "post-journal-entries", "review-sign-off-close"],
      skills: ["month-end-close", "numeric", "account-reconciliation"],
    },
    {
      title: "Build technical accounting depth",
      detail:
        "Specialise in areas where judgment is unavoidable (revenue recognition, leases, business combinations) and write the position memos yourself, using AI only to find and summarise guidance.",
      tasks: ["technical-accounting-judgment", "research-standards"],
      skills: ["revenue-recognition", "gaap", "ifrs"],
    },
    {
      title: "Own controls over AI-driven processes",
      detail:
        "Document how automated coding and matching work, add review controls where they can fail, and be the person auditors talk to about them.",
      tasks: ["design-internal-controls", "audit-support"],
      skills: ["internal-controls", "auditing", "mindbridge"],
    },
    {
      title: "Move toward business advice",
      detail:
        "Turn variance commentary into recommendations: sit with budget owners monthly, explain drivers and propose actions, and learn the operational side of the business.",
      tasks: ["advise-management", "flux-analysis"],
      skills: ["financial-statement-analysis", "communication", "stakeholder-management"],
    },
    {
      title: "Earn the CPA or CMA",
      detail:
        "The licence or management-accounting credential is what lets you sign off and lead; plan the exam sections around your daily work.",
      tasks: ["review-sign-off-close", "technical-accounting-judgment"],
      skills: ["accounting", "gaap", "auditing"],
    },
  ],
  related: ["bookkeeper", "financial-analyst", "data-analyst"],
};
