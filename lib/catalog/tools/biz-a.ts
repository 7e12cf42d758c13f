// AI tools defined by group biz-a (finance, legal, healthcare, administration). Shared: other groups
// reuse these slugs.
import type { AiToolDef } from "../types";

export const aiTools: AiToolDef[] = [
  // Office suites.
  {
    slug: "microsoft-365-copilot",
    name: "Microsoft 365 Copilot",
    vendor: "Microsoft",
    url: "https://www.microsoft.com/en-us/microsoft-365/copilot",
    description:
      "Assistant built into Word, Excel, PowerPoint, Outlook and Teams: drafts documents and replies, summarises meetings and mail threads, and analyses spreadsheets from plain-language requests.",
    aliases: [
      "M365 Copilot",
      "Microsoft Copilot",
      "Copilot for Microsoft 365",
      "Office 365 Copilot",
      "Copilot in Excel",
    ],
  },

  // Finance and accounting.
  {
    slug: "intuit-assist",
    name: "Intuit Assist",
    vendor: "Intuit",
    url: "https://www.intuit.com/intuitassist/",
    description:
      "Generative AI assistant and agents inside QuickBooks: categorises transactions, drafts invoices and payment reminders, matches bank feeds and explains cash-flow changes.",
    aliases: ["QuickBooks AI", "QuickBooks Intuit Assist", "Intuit AI agents"],
  },
  {
    slug: "vic-ai",
    name: "Vic.ai",
    vendor: "Vic.ai",
    url: "https://www.vic.ai",
    description:
      "Accounts-payable automation that reads supplier invoices, predicts GL coding and approvers, and posts them to the ERP with little human touch.",
    aliases: ["Vic ai", "VicAI"],
  },
  {
    slug: "dext",
    name: "Dext",
    vendor: "Dext",
    url: "https://dext.com",
    description:
      "Captures receipts, bills and bank statements, extracts their fields and publishes them to Xero or QuickBooks; formerly Receipt Bank.",
    aliases: ["Dext Prepare", "Receipt Bank"],
    caseSensitive: true,
  },
  {
    slug: "botkeeper",
    name: "Botkeeper",
    vendor: "Botkeeper",
    url: "https://www.botkeeper.com",
    description:
      "Automated bookkeeping platform for accounting firms: machine-learning transaction categorisation, reconciliations and month-end workpapers reviewed by people.",
  },
  {
    slug: "numeric",
    name: "Numeric",
    vendor: "Numeric",
    url: "https://www.numeric.io",
    description:
      "Close-management platform that drafts flux explanations, matches transactions and tracks the month-end checklist from live ERP data.",
    aliases: ["Numeric close"],
    caseSensitive: true,
  },
  {
    slug: "mindbridge",
    name: "MindBridge",
    vendor: "MindBridge",
    url: "https://www.mindbridge.ai",
    description:
      "AI risk analytics that scores every ledger entry for unusual patterns so auditors and controllers test the riskiest transactions first.",
    aliases: ["MindBridge AI", "MindBridge Ai Auditor"],
  },
  {
    slug: "datarails",
    name: "Datarails FP&A Genius",
    vendor: "Datarails",
    url: "https://www.datarails.com",
    description:
      "Excel-native FP&A platform with a chat assistant that answers budget-versus-actual questions and builds variance reports from consolidated data.",
    aliases: ["Datarails", "FP&A Genius"],
  },
  {
    slug: "alphasense",
    name: "AlphaSense",
    vendor: "AlphaSense",
    url: "https://www.alpha-sense.com",
    description:
      "Market-intelligence search over filings, earnings calls, broker research and expert interviews, with generative summaries and cited answers.",
    aliases: ["Alpha Sense", "AlphaSense Generative Search"],
  },
  {
    slug: "rogo",
    name: "Rogo",
    vendor: "Rogo",
    url: "https://rogo.ai",
    description:
      "Generative AI platform for banking and investment teams: pulls company and market data, drafts comps, memos and pitch material with sources.",
    aliases: ["Rogo AI"],
    caseSensitive: true,
  },

  // Legal.
  {
    slug: "harvey",
    name: "Harvey",
    vendor: "Harvey",
    url: "https://www.harvey.ai",
    description:
      "Generative AI platform for law firms and legal departments: research memos, contract and document analysis across large sets, and first drafts of legal writing.",
    aliases: ["Harvey AI"],
    caseSensitive: true,
  },
  {
    slug: "cocounsel",
    name: "CoCounsel",
    vendor: "Thomson Reuters",
    url: "https://www.thomsonreuters.com/en/cocounsel",
    description:
      "Thomson Reuters' legal AI assistant, grounded in Westlaw and Practical Law: research, document review, deposition preparation and drafting.",
    aliases: [
      "CoCounsel Legal",
      "Casetext CoCounsel",
      "Westlaw AI-Assisted Research",
      "Westlaw Precision AI",
    ],
  },
  {
    slug: "lexis-plus-ai",
    name: "Lexis+ AI",
    vendor: "LexisNexis",
    url: "https://www.lexisnexis.com/en-us/products/lexis-plus-ai.page",
    description:
      "LexisNexis research assistant that answers legal questions with citations to Lexis content, summarises cases and drafts clauses, motions and letters.",
    aliases: ["Lexis Plus AI", "Lexis+AI"],
  },
  {
    slug: "spellbook",
    name: "Spellbook",
    vendor: "Spellbook",
    url: "https://www.spellbook.legal",
    description:
      "Contract drafting and review add-in for Microsoft Word: suggests clauses, flags risky or missing terms and compares drafts against market standards.",
    aliases: ["Spellbook Legal"],
  },
  {
    slug: "luminance",
    name: "Luminance",
    vendor: "Luminance",
    url: "https://www.luminance.com",
    description:
      "Legal AI for contract review, negotiation and due diligence: reads agreements, highlights anomalies against a firm's own precedents and proposes redlines.",
    caseSensitive: true,
  },
  {
    slug: "relativity-air",
    name: "Relativity aiR for Review",
    vendor: "Relativity",
    url: "https://www.relativity.com/data-solutions/air/",
    description:
      "Generative AI inside RelativityOne that codes documents for relevance, privilege and issues in e-discovery and explains each decision with citations.",
    aliases: ["Relativity aiR", "aiR for Review", "aiR for Privilege"],
  },
  {
    slug: "everlaw-ai-assistant",
    name: "Everlaw AI Assistant",
    vendor: "Everlaw",
    url: "https://www.everlaw.com",
    description:
      "Generative features in the Everlaw e-discovery platform: bulk document coding, summaries, and questions answered across a case's review set.",
    aliases: ["Everlaw AI", "Everlaw Coding Suggestions"],
  },

  // Healthcare.
  {
    slug: "dragon-copilot",
    name: "Microsoft Dragon Copilot",
    vendor: "Microsoft (Nuance)",
    url: "https://www.microsoft.com/en-us/health-solutions/clinical-workflow/dragon-copilot",
    description:
      "Clinical assistant combining Dragon Medical dictation with ambient listening: drafts physician notes and, for nurses, flowsheet entries from the bedside conversation for review in the EHR.",
    aliases: [
      "Dragon Copilot",
      "DAX Copilot",
      "Nuance DAX Copilot",
      "Nuance DAX",
      "Dragon Ambient eXperience",
    ],
  },
  {
    slug: "abridge",
    name: "Abridge",
    vendor: "Abridge",
    url: "https://www.abridge.com",
    description:
      "Ambient documentation platform used inside Epic: turns clinician–patient conversations into structured draft notes linked back to the audio.",
    aliases: ["Abridge AI"],
    caseSensitive: true,
  },
  {
    slug: "heidi-health",
    name: "Heidi Health",
    vendor: "Heidi Health",
    url: "https://www.heidihealth.com",
    description:
      "AI medical scribe popular with allied-health and primary-care clinicians: transcribes the session and produces SOAP notes, letters and patient summaries from custom templates.",
    aliases: ["Heidi AI", "Heidi scribe", "Heidi AI scribe"],
  },
  {
    slug: "uptodate-expert-ai",
    name: "UpToDate Expert AI",
    vendor: "Wolters Kluwer",
    url: "https://www.wolterskluwer.com/en/solutions/uptodate",
    description:
      "Generative answers to clinical questions drawn only from UpToDate's peer-reviewed topics, with links to the source sections.",
    aliases: ["UpToDate AI"],
  },
  {
    slug: "openevidence",
    name: "OpenEvidence",
    vendor: "OpenEvidence",
    url: "https://www.openevidence.com",
    description:
      "Medical search assistant for clinicians that answers point-of-care questions with citations to journals and guidelines.",
    aliases: ["Open Evidence"],
  },
  {
    slug: "hippocratic-ai",
    name: "Hippocratic AI",
    vendor: "Hippocratic AI",
    url: "https://www.hippocraticai.com",
    description:
      "Voice agents for non-diagnostic patient calls: pre-visit preparation, discharge follow-up, medication and chronic-care check-ins, escalating concerns to nurses.",
  },
  {
    slug: "fathom-health",
    name: "Fathom Health",
    vendor: "Fathom Health",
    url: "https://www.fathomhealth.com",
    description:
      "Autonomous medical coding: reads encounter documentation and assigns ICD-10-CM, CPT and E/M codes, sending only uncertain charts to human coders.",
    aliases: ["Fathom autonomous coding", "Fathom medical coding"],
  },
  {
    slug: "codametrix",
    name: "CodaMetrix",
    vendor: "CodaMetrix",
    url: "https://www.codametrix.com",
    description:
      "Autonomous coding platform for health systems covering professional, radiology, pathology and surgical encounters, learning from each organisation's coding history.",
    aliases: ["Coda Metrix"],
  },
  {
    slug: "nym-health",
    name: "Nym Health",
    vendor: "Nym Health",
    url: "https://www.nym.health",
    description:
      "Rules-based clinical language engine that codes emergency and outpatient charts autonomously with an audit trail explaining every code.",
    aliases: ["Nym autonomous coding"],
  },
  {
    slug: "sword-health",
    name: "Sword Health",
    vendor: "Sword Health",
    url: "https://swordhealth.com",
    description:
      "Digital musculoskeletal care: an AI care assistant and motion-tracking sensors guide home exercise sessions, with physical therapists supervising remotely.",
    aliases: ["Sword Thrive", "SWORD Health"],
  },

  // Administration and data capture.
  {
    slug: "otter-ai",
    name: "Otter.ai",
    vendor: "Otter.ai",
    url: "https://otter.ai",
    description:
      "Meeting assistant that joins calls, transcribes them live and produces summaries with action items.",
    aliases: ["OtterPilot", "Otter ai", "Otter.ai Meeting Agent"],
  },
  {
    slug: "fireflies-ai",
    name: "Fireflies.ai",
    vendor: "Fireflies.ai",
    url: "https://fireflies.ai",
    description:
      "Notetaker for Zoom, Teams and Meet that records, transcribes and summarises meetings and pushes tasks to other apps.",
    aliases: ["Fireflies ai", "Fireflies notetaker"],
  },
  {
    slug: "reclaim-ai",
    name: "Reclaim.ai",
    vendor: "Reclaim.ai (Dropbox)",
    url: "https://reclaim.ai",
    description:
      "AI calendar assistant that schedules meetings, tasks and focus time around priorities and reshuffles them when plans change.",
    aliases: ["Reclaim ai"],
  },
  {
    slug: "docsumo",
    name: "Docsumo",
    vendor: "Docsumo",
    url: "https://www.docsumo.com",
    description:
      "Intelligent document processing: extracts fields and tables from invoices, bank statements and forms, validates them and exports structured data.",
  },
  {
    slug: "rossum",
    name: "Rossum",
    vendor: "Rossum",
    url: "https://rossum.ai",
    description:
      "Transactional document automation that reads invoices, orders and delivery notes without templates and routes exceptions to a person.",
    aliases: ["Rossum.ai", "Rossum Aurora"],
    caseSensitive: true,
  },
  {
    slug: "nanonets",
    name: "Nanonets",
    vendor: "Nanonets",
    url: "https://nanonets.com",
    description:
      "AI OCR and workflow tool that learns to extract data from any document type and posts it into ERPs, spreadsheets or databases.",
  },
  {
    slug: "uipath-document-understanding",
    name: "UiPath Document Understanding",
    vendor: "UiPath",
    url: "https://www.uipath.com/product/document-understanding",
    description:
      "Document classification and extraction models inside the UiPath automation platform, with a validation station for human review of low-confidence fields.",
    aliases: ["UiPath IXP", "UiPath DU"],
  },
];
