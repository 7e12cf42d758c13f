import type { RoleDef } from "../types";

export const medicalCoder: RoleDef = {
  slug: "medical-coder",
  title: "Medical Coder",
  industry: "healthcare",
  socCode: "29-2072",
  aliases: [
    "Medical records coder",
    "Certified professional coder",
    "Inpatient coder",
    "Outpatient coder",
    "Coding specialist",
    "Medical billing and coding specialist",
    "Health information technician",
    "Risk adjustment coder",
  ],
  overview:
    "Medical coders read clinical documentation and translate diagnoses, procedures and services into ICD-10-CM, ICD-10-PCS, CPT and HCPCS codes that drive claims, hospital payment and quality reporting. Autonomous coding engines already code a large share of routine outpatient, radiology and emergency charts with no human touch, so high-volume production coding is shrinking quickly. The work that remains needs judgment: complex inpatient cases, physician queries when the record is unclear, audits of what the AI coded, denials and compliance. Coders who become auditors, CDI specialists or the people who validate and tune coding automation keep their value.",
  tasks: [
    {
      slug: "code-outpatient-encounters",
      kind: "at_risk",
      title: "Code routine outpatient and professional encounters",
      description:
        "Assign diagnosis, procedure and E/M codes to clinic visits, imaging, lab and emergency encounters. Autonomous coding now completes most routine charts and sends only uncertain ones to a person.",
      importance: 0.25,
      exposure: 0.92,
      timeline: "now",
      skills: [
        { skill: "icd-10-cm", weight: 3 },
        { skill: "cpt-coding", weight: 3 },
        { skill: "medical-terminology", weight: 1 },
      ],
    },
    {
      slug: "code-inpatient-stays",
      kind: "at_risk",
      title: "Code inpatient stays and assign DRGs",
      description:
        "Code full hospital admissions with ICD-10-PCS procedures, sequence the principal diagnosis and capture complications that set the DRG. AI coding is reaching inpatient work, with coders validating its DRG.",
      importance: 0.12,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "icd-10-pcs", weight: 3 },
        { skill: "drg-assignment", weight: 3 },
        { skill: "icd-10-cm", weight: 2 },
      ],
    },
    {
      slug: "abstract-chart-data",
      kind: "at_risk",
      title: "Abstract chart data for registries and quality measures",
      description:
        "Pull required data elements from records for cancer, trauma and quality registries and reporting programmes. Language models extract most of these fields from notes automatically.",
      importance: 0.07,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "medical-terminology", weight: 2 },
        { skill: "data-entry", weight: 1 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "apply-modifiers-edits",
      kind: "at_risk",
      title: "Apply modifiers and clear claim edits",
      description:
        "Add modifiers, fix bundling and medical-necessity edits and resolve claim scrubber errors before billing. Rules engines and AI fix most edits automatically.",
      importance: 0.09,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "cpt-coding", weight: 3 },
        { skill: "revenue-cycle-management", weight: 1 },
      ],
    },
    {
      slug: "work-denials",
      kind: "at_risk",
      title: "Work coding denials and draft appeals",
      description:
        "Review claims denied for coding reasons, correct or defend the codes and write appeal letters citing the record and guidelines. AI drafts appeals and predicts which denials are worth fighting.",
      importance: 0.06,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "revenue-cycle-management", weight: 3 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "look-up-guidelines",
      kind: "at_risk",
      title: "Look up payer policies and coding guidelines",
      description:
        "Check official guidelines, coding advice and each payer's coverage rules for unusual services. AI assistants answer these look-ups with the source passage.",
      importance: 0.04,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "icd-10-cm", weight: 1 },
        { skill: "cpt-coding", weight: 1 },
        { skill: "hipaa-compliance", weight: 1 },
      ],
    },
    {
      slug: "query-physicians",
      kind: "safe",
      title: "Query physicians on unclear documentation",
      description:
        "Write compliant, non-leading queries when the record is ambiguous or incomplete and work with clinicians to resolve them.",
      importance: 0.09,
      exposure: 0.35,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "clinical-documentation-improvement", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "audit-ai-coding",
      kind: "safe",
      title: "Audit AI-coded charts and feed back corrections",
      description:
        "Sample what the autonomous coding engine coded, measure its accuracy by code type, correct errors and tell the vendor or rules team what to change.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "coding-compliance-auditing", weight: 3 },
        { skill: "icd-10-cm", weight: 1 },
        { skill: "cpt-coding", weight: 1 },
      ],
    },
    {
      slug: "code-complex-cases",
      kind: "safe",
      title: "Code complex, rare or high-risk cases",
      description:
        "Handle the charts automation cannot: transplants, trauma, multiple surgeries, unusual devices and cases with conflicting documentation.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "icd-10-pcs", weight: 2 },
        { skill: "drg-assignment", weight: 2 },
        { skill: "medical-terminology", weight: 1 },
      ],
    },
    {
      slug: "compliance-education",
      kind: "safe",
      title: "Keep coding compliant and educate providers",
      description:
        "Spot upcoding and undercoding risk, explain documentation gaps to clinicians and keep the organisation's coding defensible in payer and government audits.",
      importance: 0.07,
      exposure: 0.25,
      protectedBy: ["ethics", "accountability", "stakeholders"],
      skills: [
        { skill: "coding-compliance-auditing", weight: 2 },
        { skill: "hipaa-compliance", weight: 1 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "respond-payer-audits",
      kind: "safe",
      title: "Respond to payer and government audits",
      description:
        "Pull the records behind audited claims, defend the codes with guideline references or agree corrections, and track what the audit findings mean for future coding.",
      importance: 0.04,
      exposure: 0.3,
      protectedBy: ["accountability", "stakeholders"],
      skills: [
        { skill: "coding-compliance-auditing", weight: 2 },
        { skill: "revenue-cycle-management", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "fathom-health",
      effect: "automates",
      tasks: ["code-outpatient-encounters", "apply-modifiers-edits"],
      note: "Codes routine professional and outpatient charts end to end and routes low-confidence ones to coders.",
    },
    {
      tool: "codametrix",
      effect: "automates",
      tasks: ["code-outpatient-encounters", "code-inpatient-stays"],
      note: "Learns a health system's coding history and codes radiology, pathology, surgical and professional encounters autonomously.",
    },
    {
      tool: "nym-health",
      effect: "automates",
      tasks: ["code-outpatient-encounters", "abstract-chart-data"],
      note: "Codes emergency and outpatient charts with an explanation for each code that auditors can review.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["work-denials", "look-up-guidelines", "query-physicians"],
      note: "Drafts appeal letters and compliant query wording and explains guidelines; never with identifiable patient data outside an approved deployment.",
    },
  ],
  certifications: ["aapc-cpc", "ahima-ccs", "aapc-crc", "aapc-cpma", "ahima-cdip"],
  salary: {
    entry: { min: 40000, max: 50000, changePct: [-15, -5] },
    mid: { min: 48000, max: 64000, changePct: [-8, 0] },
    senior: { min: 60000, max: 85000, changePct: [-2, 6] },
    note: "Autonomous coding removes much entry-level production work, so junior openings and pay fall in real terms. Inpatient coders, auditors, CDI specialists and people who validate coding AI remain scarce and are paid more.",
  },
  adaptation: [
    {
      title: "Move from production coding to auditing",
      detail:
        "Build auditing skills and earn the CPMA; volunteer to validate your organisation's autonomous-coding output and track its error rates by code family.",
      tasks: ["audit-ai-coding", "compliance-education", "respond-payer-audits"],
      skills: ["coding-compliance-auditing", "fathom-health"],
    },
    {
      title: "Master inpatient and complex coding",
      detail:
        "Add ICD-10-PCS and DRG expertise (the CCS credential) so you handle the cases automation passes on.",
      tasks: ["code-inpatient-stays", "code-complex-cases"],
      skills: ["icd-10-pcs", "drg-assignment"],
    },
    {
      title: "Step into clinical documentation improvement",
      detail:
        "CDI specialists work with physicians on documentation before coding happens; learn query writing and clinical indicators and consider the CDIP.",
      tasks: ["query-physicians", "compliance-education"],
      skills: ["clinical-documentation-improvement", "communication"],
    },
    {
      title: "Add risk-adjustment or denial-management expertise",
      detail:
        "Risk-adjustment (HCC) coding and denial analysis tie coding to revenue and are growing; the CRC credential supports the first.",
      tasks: ["work-denials"],
      skills: ["risk-adjustment-coding", "revenue-cycle-management"],
    },
  ],
  related: ["registered-nurse", "data-entry-clerk", "bookkeeper", "data-analyst"],
};
