import type { RoleDef } from "../types";

export const bookkeeper: RoleDef = {
  slug: "bookkeeper",
  title: "Bookkeeper",
  industry: "finance",
  socCode: "43-3031",
  aliases: [
    "Full-charge bookkeeper",
    "Accounting clerk",
    "Accounts payable clerk",
    "Accounts receivable clerk",
    "Bookkeeping specialist",
    "Accounting assistant",
    "Virtual bookkeeper",
  ],
  overview:
    "Bookkeepers keep the day-to-day books of small and mid-sized businesses: they record sales and purchases, pay bills, invoice customers, reconcile bank and card accounts, run payroll and hand clean records to the accountant. This is among the most automated office work today: bank feeds, receipt capture and AI categorisation in QuickBooks and Xero already do much of the entry. The bookkeepers who stay in demand are the ones who clean up messy books, catch what the automation got wrong, protect the owner's cash and explain the numbers in plain language. Many are moving into client advisory, fractional controller or payroll specialist roles.",
  tasks: [
    {
      slug: "categorize-transactions",
      kind: "at_risk",
      title: "Categorise bank and card transactions",
      description:
        "Assign each bank-feed and credit-card line to the right account, class and vendor. Accounting software now predicts most categories from history and learns from corrections.",
      importance: 0.13,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "general-ledger", weight: 3 },
        { skill: "quickbooks", weight: 2 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "process-vendor-bills",
      kind: "at_risk",
      title: "Enter and pay vendor bills",
      description:
        "Capture supplier invoices and receipts, code them, route them for approval and schedule payments. Receipt-capture and AP tools extract the fields and post the bill for a quick check.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "accounts-payable", weight: 3 },
        { skill: "data-entry", weight: 1 },
      ],
    },
    {
      slug: "invoice-and-collect",
      kind: "at_risk",
      title: "Invoice customers and follow up on payments",
      description:
        "Raise invoices, apply incoming payments and send reminders on overdue balances. Assistants draft invoices and reminder emails and match deposits to open invoices.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "accounts-receivable", weight: 3 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "reconcile-bank-cards",
      kind: "at_risk",
      title: "Reconcile bank, card and loan accounts",
      description:
        "Match the ledger to monthly statements, find missing or duplicated entries and clear old reconciling items. Auto-matching handles routine lines; bookkeepers deal with the leftovers.",
      importance: 0.12,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "account-reconciliation", weight: 3 },
        { skill: "quickbooks", weight: 1 },
      ],
    },
    {
      slug: "run-payroll",
      kind: "at_risk",
      title: "Run payroll and payroll tax filings",
      description:
        "Collect hours, process pay runs, handle deductions and make sure payroll taxes are deposited and filed. Payroll platforms automate the calculations and filings once set up correctly.",
      importance: 0.08,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "payroll", weight: 3 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "monthly-reports",
      kind: "at_risk",
      title: "Produce monthly reports for owners",
      description:
        "Prepare the profit and loss, balance sheet, aged receivables and cash summary for the owner or accountant. Software generates these reports and AI writes a plain-language summary.",
      importance: 0.07,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "financial-reporting", weight: 2 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "sales-tax-1099",
      kind: "at_risk",
      title: "Prepare sales-tax returns and 1099s",
      description:
        "Track taxable sales by jurisdiction, file sales-tax returns and issue year-end contractor forms. Tax engines calculate and file most of this from clean data.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "tax-preparation", weight: 3 },
        { skill: "quickbooks", weight: 1 },
      ],
    },
    {
      slug: "cleanup-discrepancies",
      kind: "safe",
      title: "Clean up messy books and investigate discrepancies",
      description:
        "Untangle months of miscoded, missing or duplicated entries, find out what actually happened by asking the owner and vendors, and rebuild accurate balances.",
      importance: 0.09,
      exposure: 0.35,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "account-reconciliation", weight: 2 },
        { skill: "general-ledger", weight: 2 },
        { skill: "problem-solving", weight: 2 },
      ],
    },
    {
      slug: "client-communication",
      kind: "safe",
      title: "Explain the numbers to owners and staff",
      description:
        "Answer the owner's questions about cash and profit, gather missing receipts from staff and agree how new kinds of transactions should be booked.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "financial-reporting", weight: 1 },
      ],
    },
    {
      slug: "supervise-automation",
      kind: "safe",
      title: "Set up and correct the automated bookkeeping",
      description:
        "Write bank rules, fix wrong categorisations, review what the AI posted and decide what needs a human look before the period is closed.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "quickbooks", weight: 2 },
        { skill: "general-ledger", weight: 2 },
        { skill: "intuit-assist", weight: 1 },
      ],
    },
    {
      slug: "protect-cash",
      kind: "safe",
      title: "Guard cash and watch for fraud",
      description:
        "Notice unusual payments, fake vendor invoices or changed bank details, keep approval steps in place, and raise concerns with the owner.",
      importance: 0.05,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "internal-controls", weight: 3 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "set-up-new-books",
      kind: "safe",
      title: "Set up the books for a new business or client",
      description:
        "Learn how the business really makes and spends money, design a chart of accounts and classes that fit it, and connect bank feeds, payroll and apps correctly from the start.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["tacit-knowledge", "stakeholders"],
      skills: [
        { skill: "general-ledger", weight: 3 },
        { skill: "quickbooks", weight: 1 },
        { skill: "xero", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "intuit-assist",
      effect: "automates",
      tasks: ["categorize-transactions", "invoice-and-collect", "reconcile-bank-cards", "monthly-reports"],
      note: "QuickBooks' AI agents categorise feeds, match payments, chase invoices and summarise the month for the owner.",
    },
    {
      tool: "dext",
      effect: "automates",
      tasks: ["process-vendor-bills"],
      note: "Reads receipts and supplier bills, extracts the fields and publishes them to QuickBooks or Xero for approval.",
    },
    {
      tool: "botkeeper",
      effect: "automates",
      tasks: ["categorize-transactions", "reconcile-bank-cards"],
      note: "Used by accounting firms to do categorisation and reconciliations at scale, with bookkeepers reviewing flagged items.",
    },
    {
      tool: "vic-ai",
      effect: "automates",
      tasks: ["process-vendor-bills"],
      note: "Predicts GL coding and approvers for higher-volume invoice processing.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["client-communication", "cleanup-discrepancies", "monthly-reports"],
      note: "Drafts plain-language explanations for owners and helps reason through unusual transactions and spreadsheet clean-ups.",
    },
  ],
  certifications: [
    "aipb-certified-bookkeeper",
    "quickbooks-certified-user",
    "enrolled-agent",
    "mos-excel-expert",
  ],
  salary: {
    entry: { min: 38000, max: 48000, changePct: [-12, -3] },
    mid: { min: 45000, max: 58000, changePct: [-8, 0] },
    senior: { min: 55000, max: 75000, changePct: [-3, 5] },
    note: "Data entry and categorisation work is being absorbed by software, which presses entry pay down and thins junior openings. Full-charge bookkeepers who handle clean-ups, payroll, tax filings and owner advice, or run automated books for many clients, hold or gain pay.",
  },
  adaptation: [
    {
      title: "Run many clients on automated books",
      detail:
        "Learn bank rules, receipt capture and AI agents in QuickBooks or Xero well enough to keep ten clients current in the time one used to take; track error rates.",
      tasks: ["categorize-transactions", "reconcile-bank-cards", "supervise-automation", "set-up-new-books"],
      skills: ["quickbooks", "intuit-assist", "dext"],
    },
    {
      title: "Specialise in clean-ups and catch-up work",
      detail:
        "Offer catch-up and clean-up projects for businesses whose books have drifted; these need investigation that automation cannot do.",
      tasks: ["cleanup-discrepancies"],
      skills: ["account-reconciliation", "general-ledger", "problem-solving"],
    },
    {
      title: "Add payroll and tax compliance",
      detail:
        "Take on payroll administration, sales tax and year-end filings; consider the Enrolled Agent exam to represent clients on tax matters.",
      tasks: ["run-payroll", "sales-tax-1099"],
      skills: ["payroll", "tax-preparation"],
    },
    {
      title: "Become the owner's financial adviser",
      detail:
        "Turn monthly reports into a short conversation on cash runway, pricing and overdue customers; this is what clients keep paying for.",
      tasks: ["client-communication", "monthly-reports", "protect-cash"],
      skills: ["communication", "financial-reporting", "internal-controls"],
    },
  ],
  related: ["accountant", "data-entry-clerk", "administrative-assistant"],
};
