// Skills that roles of group biz-a needed and the category files lacked.
import type { SkillDef } from "../types";

export const skills: SkillDef[] = [
  // Accounting and finance.
  {
    slug: "accounting",
    name: "Accounting",
    category: "domain",
    aliases: [
      "financial accounting",
      "corporate accounting",
      "accounting principles",
      "cost accounting",
      "management accounting",
    ],
    description:
      "Recording, classifying and summarising an organisation's transactions and reporting its financial position and results.",
  },
  {
    slug: "gaap",
    name: "GAAP",
    category: "domain",
    aliases: ["US GAAP", "U.S. GAAP", "Generally Accepted Accounting Principles", "ASC codification"],
    description:
      "US accounting standards set by FASB that govern how transactions are recognised, measured and disclosed.",
  },
  {
    slug: "ifrs",
    name: "IFRS",
    category: "domain",
    aliases: ["International Financial Reporting Standards", "IAS", "IFRS 16", "IFRS 15"],
    caseSensitive: true,
    description:
      "Accounting standards issued by the IASB and used for financial statements in most countries outside the US.",
  },
  {
    slug: "financial-reporting",
    name: "Financial reporting",
    category: "domain",
    aliases: [
      "financial statements",
      "financial statement preparation",
      "external reporting",
      "SEC reporting",
      "10-K",
      "10-Q",
    ],
    description:
      "Preparing balance sheets, income statements, cash-flow statements and notes for management, lenders, regulators or investors.",
  },
  {
    slug: "account-reconciliation",
    name: "Account reconciliation",
    category: "domain",
    aliases: [
      "GL reconciliation",
      "bank reconciliation",
      "bank reconciliations",
      "balance sheet reconciliation",
      "account reconciliations",
    ],
    description:
      "Matching ledger balances to bank statements, subledgers and third-party records and resolving the differences.",
  },
  {
    slug: "month-end-close",
    name: "Month-end close",
    category: "practice",
    aliases: [
      "month end close",
      "financial close",
      "period-end close",
      "year-end close",
      "record to report",
      "R2R",
      "close process",
    ],
    description:
      "The recurring cycle of accruals, adjustments, reconciliations and reviews that finalises a period's books.",
  },
  {
    slug: "general-ledger",
    name: "General ledger accounting",
    category: "domain",
    aliases: [
      "general ledger",
      "GL accounting",
      "journal entries",
      "double-entry bookkeeping",
      "bookkeeping",
      "chart of accounts",
    ],
    description:
      "Recording transactions as balanced journal entries in the right accounts and keeping the chart of accounts coherent.",
  },
  {
    slug: "accounts-payable",
    name: "Accounts payable",
    category: "domain",
    aliases: ["A/P", "AP processing", "invoice processing", "vendor payments", "procure to pay"],
    description:
      "Receiving, approving, coding and paying supplier invoices and keeping vendor balances right.",
  },
  {
    slug: "accounts-receivable",
    name: "Accounts receivable",
    category: "domain",
    aliases: ["A/R", "AR management", "billing and collections", "order to cash", "O2C"],
    description:
      "Invoicing customers, applying cash, chasing overdue balances and estimating doubtful accounts.",
  },
  {
    slug: "payroll",
    name: "Payroll processing",
    category: "domain",
    aliases: ["payroll", "payroll administration", "payroll tax", "Form 941", "W-2 processing"],
    description:
      "Calculating gross-to-net pay, withholdings and employer taxes, running pay cycles and filing payroll returns.",
  },
  {
    slug: "tax-preparation",
    name: "Tax preparation and compliance",
    category: "domain",
    aliases: [
      "tax preparation",
      "tax compliance",
      "tax returns",
      "income tax",
      "sales tax",
      "Form 1120",
      "Form 1040",
      "1099 reporting",
    ],
    description:
      "Preparing and filing business and individual tax returns and keeping the records that support them.",
  },
  {
    slug: "auditing",
    name: "Auditing",
    category: "domain",
    aliases: ["external audit", "internal audit", "audit procedures", "audit fieldwork", "PCAOB standards"],
    description:
      "Planning and performing tests of balances and controls, gathering evidence and concluding on whether records are fairly stated.",
  },
  {
    slug: "internal-controls",
    name: "Internal controls",
    category: "domain",
    aliases: ["internal control", "SOX", "Sarbanes-Oxley", "SOX compliance", "SOX 404", "ICFR", "COSO"],
    description:
      "Designing and testing the checks (approvals, segregation of duties, reviews) that keep financial records reliable.",
  },
  {
    slug: "revenue-recognition",
    name: "Revenue recognition",
    category: "domain",
    aliases: ["ASC 606", "rev rec", "revenue accounting"],
    description:
      "Deciding when and how much revenue to record under the five-step contract model of ASC 606 / IFRS 15.",
  },
  {
    slug: "fp-and-a",
    name: "Financial planning and analysis",
    category: "domain",
    aliases: [
      "FP&A",
      "budgeting and forecasting",
      "financial planning",
      "rolling forecast",
      "annual operating plan",
    ],
    description:
      "Building budgets and forecasts, tracking performance against plan and advising management on resource decisions.",
  },
  {
    slug: "variance-analysis",
    name: "Variance analysis",
    category: "practice",
    aliases: ["budget vs actual", "budget-to-actual", "BvA", "flux analysis", "fluctuation analysis"],
    description:
      "Explaining why actual results differ from budget, forecast or prior periods and what the differences mean.",
  },
  {
    slug: "valuation",
    name: "Valuation",
    category: "domain",
    aliases: [
      "company valuation",
      "DCF",
      "discounted cash flow",
      "comparable company analysis",
      "trading comps",
      "precedent transactions",
    ],
    description:
      "Estimating what a business, security or asset is worth using cash-flow, multiples and transaction methods.",
  },
  {
    slug: "financial-statement-analysis",
    name: "Financial statement analysis",
    category: "domain",
    aliases: ["ratio analysis", "credit analysis", "earnings analysis", "fundamental analysis"],
    description:
      "Reading financial statements and disclosures to judge profitability, liquidity, leverage and earnings quality.",
  },
  {
    slug: "investment-research",
    name: "Investment research",
    category: "domain",
    aliases: [
      "equity research",
      "buy-side research",
      "sell-side research",
      "investment thesis",
      "industry research",
    ],
    description: "Researching companies, industries and markets to form and defend a view on an investment.",
  },

  // Legal.
  {
    slug: "legal-research",
    name: "Legal research",
    category: "domain",
    aliases: ["case law research", "statutory research", "Shepardizing", "KeyCite", "legal memoranda"],
    description:
      "Finding and validating the statutes, regulations and case law that govern a question and judging how they apply.",
  },
  {
    slug: "legal-writing",
    name: "Legal writing",
    category: "domain",
    aliases: [
      "legal drafting",
      "brief writing",
      "motion drafting",
      "pleadings",
      "Bluebook citation",
      "Bluebook",
    ],
    description:
      "Drafting briefs, motions, memos, pleadings and correspondence with correct structure, argument and citation.",
  },
  {
    slug: "contract-drafting",
    name: "Contract drafting and review",
    category: "domain",
    aliases: [
      "contract drafting",
      "contract review",
      "contract markup",
      "contract redlining",
      "redlining",
      "commercial contracts",
    ],
    description:
      "Writing and marking up agreements, spotting risky or missing terms and negotiating clause language.",
  },
  {
    slug: "e-discovery",
    name: "E-discovery",
    category: "domain",
    aliases: ["eDiscovery", "ediscovery", "electronic discovery", "EDRM", "technology-assisted review"],
    description:
      "Identifying, preserving, collecting, processing, reviewing and producing electronically stored information in litigation.",
  },
  {
    slug: "document-review",
    name: "Document review",
    category: "practice",
    aliases: [
      "doc review",
      "first-level review",
      "privilege review",
      "privilege log",
      "responsiveness review",
    ],
    description:
      "Coding documents for relevance, privilege and issues, and logging what is withheld and why.",
  },
  {
    slug: "litigation-support",
    name: "Litigation support",
    category: "domain",
    aliases: [
      "litigation",
      "trial preparation",
      "trial binders",
      "exhibit preparation",
      "deposition preparation",
    ],
    description:
      "Preparing case materials for depositions, hearings and trial: exhibits, witness files, chronologies and binders.",
  },
  {
    slug: "court-filing",
    name: "Court filing and docketing",
    category: "practice",
    aliases: ["e-filing", "efiling", "docketing", "docket management", "PACER", "CM/ECF", "court rules"],
    description:
      "Filing documents with courts under local rules and tracking every deadline the filings create.",
  },
  {
    slug: "civil-procedure",
    name: "Civil procedure",
    category: "domain",
    aliases: ["Federal Rules of Civil Procedure", "FRCP", "rules of civil procedure", "discovery rules"],
    description:
      "The rules governing how civil cases move from pleading through discovery, motions and trial.",
  },
  {
    slug: "legal-due-diligence",
    name: "Legal due diligence",
    category: "domain",
    aliases: ["M&A due diligence", "transactional due diligence", "diligence review", "data room review"],
    description:
      "Reviewing a target's contracts, litigation, permits and records for legal risks before a deal.",
  },
  {
    slug: "trial-advocacy",
    name: "Trial advocacy",
    category: "domain",
    aliases: [
      "oral argument",
      "courtroom advocacy",
      "jury trials",
      "cross-examination",
      "litigation strategy",
    ],
    description:
      "Presenting a case in court: examining witnesses, arguing motions and persuading judges and juries.",
  },
  {
    slug: "legal-ethics",
    name: "Legal ethics",
    category: "domain",
    aliases: [
      "professional responsibility",
      "rules of professional conduct",
      "conflict checks",
      "attorney-client privilege",
    ],
    description:
      "Duties of confidentiality, competence, candour and conflict avoidance that bind lawyers and their staff.",
  },
  {
    slug: "client-counseling",
    name: "Client counselling",
    category: "practice",
    aliases: ["client counseling", "legal advice", "client advisory", "client intake"],
    description:
      "Understanding a client's goals, explaining legal options and risks plainly and agreeing a course of action.",
  },
  {
    slug: "westlaw",
    name: "Westlaw",
    category: "business-tool",
    aliases: ["Westlaw Edge", "Westlaw Precision", "WestlawNext"],
    description:
      "Thomson Reuters legal research database of case law, statutes, secondary sources and citators.",
  },
  {
    slug: "lexisnexis",
    name: "LexisNexis",
    category: "business-tool",
    aliases: ["Lexis", "Lexis+", "Lexis Advance", "Lexis Nexis"],
    description: "Legal research service with case law, statutes, news and the Shepard's citator.",
  },
  {
    slug: "relativity",
    name: "Relativity",
    category: "business-tool",
    aliases: ["RelativityOne", "kCura Relativity"],
    caseSensitive: true,
    description: "E-discovery platform used to process, search, review and produce large document sets.",
  },
  {
    slug: "clio",
    name: "Clio",
    category: "business-tool",
    aliases: ["Clio Manage", "Clio Grow"],
    caseSensitive: true,
    description:
      "Cloud practice-management software for law firms: matters, time and billing, documents and client intake.",
  },

  // Healthcare.
  {
    slug: "patient-assessment",
    name: "Patient assessment",
    category: "domain",
    aliases: [
      "nursing assessment",
      "head-to-toe assessment",
      "physical assessment",
      "clinical assessment",
      "vital signs",
    ],
    description:
      "Systematically gathering a patient's history, vital signs and physical findings and recognising change or deterioration.",
  },
  {
    slug: "care-planning",
    name: "Care planning",
    category: "practice",
    aliases: ["nursing care plan", "care plans", "plan of care", "nursing process", "discharge planning"],
    description:
      "Setting goals and interventions for a patient from assessment findings and revising them as the patient responds.",
  },
  {
    slug: "medication-administration",
    name: "Medication administration",
    category: "domain",
    aliases: [
      "med administration",
      "medication management",
      "eMAR",
      "medication reconciliation",
      "IV therapy",
      "IV medications",
    ],
    description:
      "Preparing and giving medications safely (right patient, drug, dose, route, time), monitoring effects and reconciling lists.",
  },
  {
    slug: "clinical-documentation",
    name: "Clinical documentation",
    category: "practice",
    aliases: [
      "patient charting",
      "nursing documentation",
      "SOAP notes",
      "progress notes",
      "medical documentation",
      "flowsheets",
    ],
    description:
      "Recording assessments, care given and patient responses accurately and on time in the medical record.",
  },
  {
    slug: "patient-education",
    name: "Patient education",
    category: "practice",
    aliases: ["health education", "patient teaching", "discharge teaching", "teach-back"],
    description:
      "Explaining conditions, medications and self-care so patients and families can manage at home.",
  },
  {
    slug: "triage",
    name: "Patient triage",
    category: "domain",
    aliases: ["nursing triage", "ESI triage", "telephone triage", "acuity assessment"],
    description: "Sorting patients by urgency so the sickest are treated first.",
  },
  {
    slug: "infection-control",
    name: "Infection prevention and control",
    category: "practice",
    aliases: [
      "infection control",
      "infection prevention",
      "aseptic technique",
      "sterile technique",
      "isolation precautions",
    ],
    description: "Hand hygiene, isolation, sterile technique and device care that stop infections spreading.",
  },
  {
    slug: "wound-care",
    name: "Wound care",
    category: "domain",
    aliases: ["wound management", "pressure injury prevention", "dressing changes"],
    description: "Assessing wounds, choosing dressings and preventing pressure injuries.",
  },
  {
    slug: "acute-care-nursing",
    name: "Acute care nursing",
    category: "domain",
    aliases: [
      "med-surg nursing",
      "medical-surgical nursing",
      "critical care nursing",
      "telemetry nursing",
      "ICU nursing",
    ],
    description:
      "Nursing hospitalised patients with unstable or complex conditions, including monitoring and rapid response.",
  },
  {
    slug: "epic-ehr",
    name: "Epic EHR",
    category: "business-tool",
    aliases: ["Epic Systems", "EpicCare", "Epic Hyperspace", "Epic Rover", "Epic Haiku", "Epic charting"],
    description:
      "Electronic health record system used by most large US hospitals for charting, orders and billing.",
  },
  {
    slug: "oracle-health-ehr",
    name: "Oracle Health EHR",
    category: "business-tool",
    aliases: ["Cerner", "Cerner Millennium", "Oracle Cerner", "PowerChart"],
    description: "Oracle's electronic health record platform, formerly Cerner Millennium.",
  },
  {
    slug: "icd-10-cm",
    name: "ICD-10-CM coding",
    category: "domain",
    aliases: ["ICD-10-CM", "ICD-10", "ICD10", "ICD-10 coding", "diagnosis coding", "medical coding"],
    description:
      "Assigning US diagnosis codes from the clinical record following the official coding guidelines.",
  },
  {
    slug: "icd-10-pcs",
    name: "ICD-10-PCS coding",
    category: "domain",
    aliases: ["ICD-10-PCS", "inpatient procedure coding"],
    description: "Building the seven-character inpatient procedure codes used on US hospital claims.",
  },
  {
    slug: "cpt-coding",
    name: "CPT and HCPCS coding",
    category: "domain",
    aliases: [
      "CPT",
      "CPT coding",
      "CPT-4",
      "HCPCS",
      "HCPCS Level II",
      "E/M coding",
      "procedure coding",
      "CPT modifiers",
    ],
    description: "Coding professional and outpatient services, supplies and modifiers for claims.",
  },
  {
    slug: "drg-assignment",
    name: "DRG assignment",
    category: "domain",
    aliases: ["MS-DRG", "APR-DRG", "DRG validation", "inpatient coding"],
    description:
      "Grouping inpatient stays into diagnosis-related groups that set hospital payment, including CC/MCC capture.",
  },
  {
    slug: "risk-adjustment-coding",
    name: "Risk adjustment coding",
    category: "domain",
    aliases: ["HCC coding", "hierarchical condition categories", "risk adjustment", "RAF scores"],
    description:
      "Coding chronic conditions that drive risk scores for Medicare Advantage and other risk-based contracts.",
  },
  {
    slug: "medical-terminology",
    name: "Medical terminology",
    category: "domain",
    aliases: ["anatomy and physiology", "medical vocabulary", "pathophysiology"],
    description:
      "The vocabulary of anatomy, disease and procedures needed to read clinical records correctly.",
  },
  {
    slug: "clinical-documentation-improvement",
    name: "Clinical documentation improvement",
    category: "practice",
    aliases: ["CDI specialist", "CDI queries", "physician queries", "documentation integrity"],
    description:
      "Reviewing records and querying clinicians so documentation supports accurate codes and quality measures.",
  },
  {
    slug: "revenue-cycle-management",
    name: "Revenue cycle management",
    category: "domain",
    aliases: [
      "revenue cycle",
      "RCM",
      "medical billing",
      "claims processing",
      "denial management",
      "charge capture",
    ],
    description:
      "The path from registration and charge capture through claims, denials and payment posting in healthcare.",
  },
  {
    slug: "hipaa-compliance",
    name: "HIPAA compliance",
    category: "domain",
    aliases: ["HIPAA", "PHI handling", "protected health information", "HITECH"],
    description:
      "US rules for the privacy and security of patient health information and how staff must handle it.",
  },
  {
    slug: "coding-compliance-auditing",
    name: "Coding compliance auditing",
    category: "practice",
    aliases: ["coding audit", "coding audits", "medical auditing", "coding compliance", "NCCI edits"],
    description:
      "Sampling coded records, measuring accuracy against guidelines and payer rules, and educating on the findings.",
  },
  {
    slug: "therapeutic-exercise",
    name: "Therapeutic exercise",
    category: "domain",
    aliases: [
      "exercise prescription",
      "therapeutic exercises",
      "strength training",
      "neuromuscular re-education",
    ],
    description:
      "Choosing, dosing and progressing exercises to restore strength, mobility, balance and endurance.",
  },
  {
    slug: "manual-therapy",
    name: "Manual therapy",
    category: "domain",
    aliases: [
      "joint mobilization",
      "joint mobilisation",
      "soft tissue mobilization",
      "spinal manipulation",
      "myofascial release",
    ],
    description: "Hands-on techniques to the joints and soft tissues to reduce pain and improve movement.",
  },
  {
    slug: "musculoskeletal-assessment",
    name: "Musculoskeletal assessment",
    category: "domain",
    aliases: [
      "orthopedic assessment",
      "orthopaedic assessment",
      "movement assessment",
      "range of motion testing",
      "manual muscle testing",
    ],
    description:
      "Examining joints, muscles and movement to find the source of pain or dysfunction and rule out red flags.",
  },
  {
    slug: "gait-training",
    name: "Gait and balance training",
    category: "domain",
    aliases: [
      "gait training",
      "balance training",
      "fall prevention",
      "gait analysis",
      "assistive device training",
    ],
    description:
      "Assessing and retraining walking and balance, including fall-risk reduction and assistive devices.",
  },
  {
    slug: "neurological-rehabilitation",
    name: "Neurological rehabilitation",
    category: "domain",
    aliases: [
      "neuro rehab",
      "stroke rehabilitation",
      "vestibular rehabilitation",
      "neurologic physical therapy",
    ],
    description:
      "Rehabilitation after stroke, brain or spinal cord injury and in progressive neurological conditions.",
  },
  {
    slug: "outcome-measures",
    name: "Functional outcome measures",
    category: "practice",
    aliases: [
      "outcome measures",
      "functional outcomes",
      "patient-reported outcomes",
      "PROMs",
      "LEFS",
      "Oswestry",
    ],
    description:
      "Standardised tests and questionnaires that track function over an episode of care and justify it to payers.",
  },
  {
    slug: "evidence-based-practice",
    name: "Evidence-based practice",
    category: "practice",
    aliases: ["EBP", "evidence based practice", "clinical practice guidelines", "evidence-based medicine"],
    description: "Combining research evidence, clinical expertise and patient preferences in care decisions.",
  },

  // Administration.
  {
    slug: "calendar-management",
    name: "Calendar management",
    category: "practice",
    aliases: ["diary management", "appointment scheduling", "meeting scheduling"],
    description:
      "Running one or several people's calendars: booking, prioritising and resolving conflicts across time zones.",
  },
  {
    slug: "travel-coordination",
    name: "Travel coordination",
    category: "practice",
    aliases: ["travel arrangements", "travel booking", "travel planning", "itinerary planning"],
    description:
      "Booking flights, hotels and ground transport within policy and keeping itineraries current.",
  },
  {
    slug: "event-coordination",
    name: "Event and meeting coordination",
    category: "practice",
    aliases: [
      "event planning",
      "meeting planning",
      "event coordination",
      "offsite planning",
      "meeting logistics",
    ],
    description:
      "Organising meetings, offsites and events: venues, attendees, catering, materials and follow-up.",
  },
  {
    slug: "minute-taking",
    name: "Minute taking",
    category: "practice",
    aliases: ["meeting minutes", "taking minutes", "board minutes"],
    description: "Recording decisions and action items in meetings and circulating them to the right people.",
  },
  {
    slug: "office-management",
    name: "Office management",
    category: "practice",
    aliases: ["office administration", "office operations", "facilities coordination", "office supplies"],
    description:
      "Keeping an office running: supplies, vendors, facilities, onboarding logistics and front-desk routines.",
  },
  {
    slug: "records-management",
    name: "Records management",
    category: "practice",
    aliases: ["document management", "records retention", "file management", "recordkeeping"],
    description:
      "Organising, retaining and disposing of paper and electronic records so they can be found and stay compliant.",
  },
  {
    slug: "expense-reporting",
    name: "Expense reporting",
    category: "practice",
    aliases: ["expense reports", "expense management", "corporate card reconciliation", "Concur expenses"],
    description: "Collecting receipts, coding expenses and submitting or checking reports against policy.",
  },
  {
    slug: "data-entry",
    name: "Data entry",
    category: "practice",
    aliases: ["data input", "keying", "keyboarding", "10-key", "ten-key", "data keying"],
    description:
      "Entering information from documents, forms or calls into systems quickly and without errors.",
  },
  {
    slug: "data-verification",
    name: "Data verification",
    category: "practice",
    aliases: ["data auditing", "record verification", "quality checking", "data accuracy checks"],
    description:
      "Checking entered or extracted records against sources and rules and correcting discrepancies.",
  },
  {
    slug: "document-processing",
    name: "Document processing",
    category: "practice",
    aliases: [
      "document scanning",
      "document imaging",
      "document indexing",
      "forms processing",
      "OCR verification",
    ],
    description:
      "Scanning, indexing, classifying and routing documents so their data reaches the right system.",
  },
];
