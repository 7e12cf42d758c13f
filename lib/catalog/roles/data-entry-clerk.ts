import type { RoleDef } from "../types";

export const dataEntryClerk: RoleDef = {
  slug: "data-entry-clerk",
  title: "Data Entry Clerk",
  industry: "administration",
  socCode: "43-9021",
  aliases: [
    "Data entry operator",
    "Data entry specialist",
    "Data entry keyer",
    "Data processor",
    "Data capture clerk",
    "Records clerk",
    "Typist",
  ],
  overview:
    "Data entry clerks move information from paper forms, PDFs, emails and recordings into databases and business systems, check it against the source and keep records clean. This is one of the most exposed jobs to AI: intelligent document processing reads invoices, claims, orders and handwritten forms without templates, and language models transcribe and structure free text, so large volumes of keying are already automated. The work that stays human is handling exceptions the software cannot read, judging doubtful records, protecting sensitive data and supervising the capture tools. Clerks who learn to run and validate document automation can move into data-quality, operations or automation-support roles.",
  tasks: [
    {
      slug: "key-data-from-documents",
      kind: "at_risk",
      title: "Key data from paper and PDF forms",
      description:
        "Type fields from invoices, applications, claims, surveys and order forms into the target system. Document AI now extracts these fields, including handwriting, with confidence scores.",
      importance: 0.25,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "data-entry", weight: 3 },
        { skill: "attention-to-detail", weight: 2 },
      ],
    },
    {
      slug: "update-records",
      kind: "at_risk",
      title: "Update customer and account records",
      description:
        "Add and change names, addresses, account details and statuses in CRMs, ERPs and databases from requests and correspondence. Automation applies most of these updates straight from emails and forms.",
      importance: 0.14,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "data-entry", weight: 3 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "transcribe-recordings-notes",
      kind: "at_risk",
      title: "Transcribe recordings and handwritten notes",
      description:
        "Turn audio, dictation and handwritten notes into typed, structured records. Speech and handwriting recognition do this almost completely.",
      importance: 0.06,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "data-entry", weight: 2 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "verify-entries",
      kind: "at_risk",
      title: "Cross-check entries against source documents",
      description:
        "Compare what was entered with the original and with business rules, and fix mismatches. Validation rules and AI confidence checks catch most errors automatically.",
      importance: 0.12,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "data-verification", weight: 3 },
        { skill: "attention-to-detail", weight: 2 },
      ],
    },
    {
      slug: "scan-index-documents",
      kind: "at_risk",
      title: "Scan, classify and index documents",
      description:
        "Scan paper, name and tag files and route them to the right folder or workflow. Document classification models sort and index them on arrival.",
      importance: 0.08,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "document-processing", weight: 3 },
        { skill: "records-management", weight: 1 },
      ],
    },
    {
      slug: "compile-routine-reports",
      kind: "at_risk",
      title: "Compile routine lists and reports",
      description:
        "Pull counts, lists and simple summaries from the system for supervisors. Spreadsheet assistants and report tools generate these on request.",
      importance: 0.06,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "excel", weight: 3 },
        { skill: "data-entry", weight: 1 },
      ],
    },
    {
      slug: "clean-deduplicate",
      kind: "at_risk",
      title: "Clean and de-duplicate records",
      description:
        "Find duplicates, standardise formats and fill gaps in customer or product lists. Matching and cleansing tools handle most of this in bulk.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "data-quality", weight: 2 },
        { skill: "excel", weight: 2 },
      ],
    },
    {
      slug: "resolve-exceptions",
      kind: "safe",
      title: "Resolve exceptions the automation cannot read",
      description:
        "Work the queue of illegible, incomplete or contradictory documents, decide what the sender meant and when to send something back.",
      importance: 0.08,
      exposure: 0.4,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "problem-solving", weight: 2 },
        { skill: "data-verification", weight: 2 },
      ],
    },
    {
      slug: "protect-sensitive-data",
      kind: "safe",
      title: "Protect confidential and regulated data",
      description:
        "Handle personal, health and financial information under privacy rules, notice when something should not be stored or shared, and report breaches.",
      importance: 0.05,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "records-management", weight: 2 },
        { skill: "hipaa-compliance", weight: 1 },
      ],
    },
    {
      slug: "chase-missing-information",
      kind: "safe",
      title: "Chase missing information with other teams",
      description:
        "Contact colleagues, customers or suppliers to get the missing or unclear details a record needs.",
      importance: 0.04,
      exposure: 0.3,
      protectedBy: ["stakeholders"],
      skills: [
        { skill: "communication", weight: 2 },
        { skill: "customer-service", weight: 1 },
      ],
    },
    {
      slug: "supervise-capture-tools",
      kind: "safe",
      title: "Train and supervise document-capture tools",
      description:
        "Correct extraction errors in the validation screen, label examples for new document types and report where the tool keeps failing.",
      importance: 0.03,
      exposure: 0.35,
      protectedBy: ["tacit-knowledge", "accountability"],
      skills: [
        { skill: "document-processing", weight: 2 },
        { skill: "data-verification", weight: 1 },
      ],
    },
    {
      slug: "flag-suspicious-submissions",
      kind: "safe",
      title: "Flag suspicious or duplicate submissions",
      description:
        "Notice altered documents, repeated claims or details that do not add up, and escalate them instead of entering them.",
      importance: 0.03,
      exposure: 0.35,
      protectedBy: ["ethics", "judgment"],
      skills: [
        { skill: "attention-to-detail", weight: 3 },
        { skill: "data-verification", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "docsumo",
      effect: "automates",
      tasks: ["key-data-from-documents", "verify-entries"],
      note: "Extracts and validates fields and tables from invoices, bank statements and forms and exports them to business systems.",
    },
    {
      tool: "rossum",
      effect: "automates",
      tasks: ["key-data-from-documents", "scan-index-documents"],
      note: "Reads transactional documents without templates and routes only low-confidence fields to a person.",
    },
    {
      tool: "nanonets",
      effect: "automates",
      tasks: ["key-data-from-documents", "update-records", "transcribe-recordings-notes"],
      note: "Learns new document layouts from a few examples and posts the extracted data into ERPs and spreadsheets.",
    },
    {
      tool: "uipath-document-understanding",
      effect: "automates",
      tasks: ["key-data-from-documents", "update-records", "supervise-capture-tools"],
      note: "Combines extraction models with robots that enter data into legacy systems, with a validation station for human checks.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: ["compile-routine-reports", "clean-deduplicate"],
      note: "Copilot in Excel cleans columns, finds duplicates and builds summary tables from a request.",
    },
  ],
  certifications: ["mos-associate", "mos-excel-expert", "iaap-cap"],
  salary: {
    entry: { min: 32000, max: 38000, changePct: [-18, -6] },
    mid: { min: 36000, max: 44000, changePct: [-14, -4] },
    senior: { min: 42000, max: 55000, changePct: [-8, 0] },
    note: "Pure keying jobs are disappearing as document AI spreads, so real pay and headcount fall. Clerks who move into exception handling, data quality or running the capture tools hold their pay best; the route out is toward operations, data-quality or analyst work.",
  },
  adaptation: [
    {
      title: "Learn to run document automation",
      detail:
        "Get hands-on with the validation screens of a document-processing tool: correct extractions, label new document types and track accuracy; this is the job that replaces keying.",
      tasks: ["supervise-capture-tools", "key-data-from-documents", "resolve-exceptions"],
      skills: ["document-processing", "docsumo", "uipath-document-understanding"],
    },
    {
      title: "Build spreadsheet and data-quality skills",
      detail:
        "Go beyond typing: lookups, pivot tables, Power Query and de-duplication rules, then earn the Excel Expert certification.",
      tasks: ["clean-deduplicate", "compile-routine-reports", "verify-entries"],
      skills: ["excel", "data-quality", "data-verification"],
    },
    {
      title: "Own exceptions and data protection",
      detail:
        "Become the person who handles the hard cases and knows the privacy rules for the records you touch; these tasks stay with people.",
      tasks: ["resolve-exceptions", "protect-sensitive-data", "flag-suspicious-submissions"],
      skills: ["problem-solving", "records-management", "hipaa-compliance"],
    },
    {
      title: "Plan a move into an adjacent role",
      detail:
        "Use your knowledge of the records to move toward bookkeeping, medical coding, customer operations or data analysis; pick one and start its entry credential.",
      tasks: ["chase-missing-information", "compile-routine-reports"],
      skills: ["communication", "sql"],
    },
  ],
  related: [
    "administrative-assistant",
    "bookkeeper",
    "medical-coder",
    "customer-service-representative",
    "data-analyst",
  ],
};
