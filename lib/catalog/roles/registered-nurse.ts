import type { RoleDef } from "../types";

export const registeredNurse: RoleDef = {
  slug: "registered-nurse",
  title: "Registered Nurse",
  industry: "healthcare",
  socCode: "29-1141",
  aliases: [
    "RN",
    "Staff nurse",
    "Bedside nurse",
    "Med-surg nurse",
    "ICU nurse",
    "Charge nurse",
    "Clinical nurse",
    "Emergency room nurse",
    "Travel nurse",
  ],
  overview:
    "Registered nurses assess patients, give medications and treatments, watch for deterioration, coordinate care with physicians and other staff, and teach patients and families how to manage at home. Most of a shift is hands-on and happens at the bedside, which AI cannot do. Where AI is changing the job is the paperwork: ambient documentation now drafts flowsheet entries and notes from the nurse's conversation, and early-warning models and voice agents take on some monitoring and follow-up calls. Nurses who adopt these tools get time back for patients, and those who understand them well are moving into informatics and virtual-nursing roles.",
  tasks: [
    {
      slug: "chart-care",
      kind: "at_risk",
      title: "Chart assessments, interventions and flowsheets",
      description:
        "Enter assessment findings, vital signs, interventions and patient responses into the EHR throughout the shift. Ambient tools now listen to the bedside conversation and draft flowsheet rows and notes for the nurse to confirm.",
      importance: 0.12,
      exposure: 0.5,
      timeline: "now",
      skills: [
        { skill: "clinical-documentation", weight: 3 },
        { skill: "epic-ehr", weight: 2 },
      ],
    },
    {
      slug: "handoff-reports",
      kind: "at_risk",
      title: "Write shift handoff summaries",
      description:
        "Summarise each patient's status, pending tasks and risks for the next nurse. EHR-integrated AI builds a draft handoff from the chart.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "clinical-documentation", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "discharge-materials",
      kind: "at_risk",
      title: "Prepare discharge instructions and teaching materials",
      description:
        "Put together medication lists, follow-up plans and education handouts at the patient's reading level and language. AI drafts and translates these materials from the chart.",
      importance: 0.04,
      exposure: 0.55,
      timeline: "now",
      skills: [
        { skill: "patient-education", weight: 2 },
        { skill: "care-planning", weight: 1 },
      ],
    },
    {
      slug: "update-care-plans",
      kind: "at_risk",
      title: "Update care plans in the record",
      description:
        "Select nursing diagnoses, goals and interventions and revise them as the patient changes. Decision-support tools suggest plan updates from the latest documentation.",
      importance: 0.04,
      exposure: 0.45,
      timeline: "1-2y",
      skills: [
        { skill: "care-planning", weight: 3 },
        { skill: "epic-ehr", weight: 1 },
      ],
    },
    {
      slug: "routine-patient-calls",
      kind: "at_risk",
      title: "Answer routine patient messages and follow-up calls",
      description:
        "Return portal messages and make post-discharge or chronic-care check-in calls with standard questions. Voice agents and message drafting now handle the routine ones and escalate concerns.",
      importance: 0.04,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "triage", weight: 2 },
        { skill: "patient-education", weight: 1 },
      ],
    },
    {
      slug: "screen-monitoring-data",
      kind: "at_risk",
      title: "Screen monitoring data for early warning signs",
      description:
        "Watch trends in vitals, labs and telemetry for sepsis or deterioration. Predictive models increasingly raise these flags first, and the nurse decides what they mean.",
      importance: 0.03,
      exposure: 0.4,
      timeline: "1-2y",
      skills: [
        { skill: "patient-assessment", weight: 2 },
        { skill: "acute-care-nursing", weight: 1 },
      ],
    },
    {
      slug: "bedside-assessment",
      kind: "safe",
      title: "Assess patients at the bedside",
      description:
        "Examine patients, listen to how they describe what is wrong, notice subtle changes in colour, breathing or behaviour, and judge whether they are getting worse.",
      importance: 0.18,
      exposure: 0.1,
      protectedBy: ["physical-presence", "judgment"],
      skills: [
        { skill: "patient-assessment", weight: 3 },
        { skill: "critical-thinking", weight: 2 },
      ],
    },
    {
      slug: "administer-treatments",
      kind: "safe",
      title: "Give medications and hands-on treatments",
      description:
        "Prepare and administer medications and infusions, insert lines and catheters, change dressings and carry out procedures safely.",
      importance: 0.18,
      exposure: 0.05,
      protectedBy: ["physical-presence", "accountability"],
      skills: [
        { skill: "medication-administration", weight: 3 },
        { skill: "wound-care", weight: 1 },
        { skill: "infection-control", weight: 1 },
      ],
    },
    {
      slug: "respond-emergencies",
      kind: "safe",
      title: "Respond to deterioration and emergencies",
      description:
        "Act within seconds when a patient crashes: start resuscitation, call the rapid-response team and keep the patient stable until help arrives.",
      importance: 0.07,
      exposure: 0.05,
      protectedBy: ["physical-presence", "judgment"],
      skills: [
        { skill: "acute-care-nursing", weight: 3 },
        { skill: "patient-assessment", weight: 1 },
      ],
    },
    {
      slug: "support-patients-families",
      kind: "safe",
      title: "Educate and comfort patients and families",
      description:
        "Explain diagnoses and treatments, check understanding, and support people through fear, pain and bad news.",
      importance: 0.1,
      exposure: 0.1,
      protectedBy: ["trust"],
      skills: [
        { skill: "patient-education", weight: 2 },
        { skill: "empathy", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "coordinate-care-team",
      kind: "safe",
      title: "Coordinate with physicians and the care team",
      description:
        "Escalate concerns to physicians, clarify orders, and coordinate with pharmacy, therapy and case management so the plan actually happens.",
      importance: 0.1,
      exposure: 0.1,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "communication", weight: 2 },
        { skill: "care-planning", weight: 2 },
      ],
    },
    {
      slug: "delegate-supervise",
      kind: "safe",
      title: "Delegate to and supervise LPNs and aides",
      description:
        "Assign tasks to licensed practical nurses and nursing assistants, check their work and stay accountable for the patients on the assignment.",
      importance: 0.06,
      exposure: 0.05,
      protectedBy: ["leadership", "accountability"],
      skills: [
        { skill: "leadership", weight: 2 },
        { skill: "time-management", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "dragon-copilot",
      effect: "augments",
      tasks: ["chart-care", "handoff-reports"],
      note: "Ambient nursing documentation turns the bedside conversation into flowsheet entries and notes for the nurse to review in Epic.",
    },
    {
      tool: "abridge",
      effect: "augments",
      tasks: ["chart-care", "discharge-materials"],
      note: "Drafts nursing documentation and patient-friendly summaries from recorded encounters inside the EHR.",
    },
    {
      tool: "uptodate-expert-ai",
      effect: "augments",
      tasks: ["update-care-plans", "support-patients-families", "screen-monitoring-data"],
      note: "Answers point-of-care questions on drugs, conditions and protocols from peer-reviewed content.",
    },
    {
      tool: "hippocratic-ai",
      effect: "automates",
      tasks: ["routine-patient-calls"],
      note: "Voice agents make routine discharge and chronic-care follow-up calls and hand concerning answers to a nurse.",
    },
  ],
  certifications: ["ancc-medsurg-bc", "ccrn-adult", "bcen-cen", "ancc-informatics-nursing", "aha-acls"],
  salary: {
    entry: { min: 65000, max: 85000, changePct: [2, 8] },
    mid: { min: 80000, max: 110000, changePct: [2, 7] },
    senior: { min: 95000, max: 135000, changePct: [1, 6] },
    note: "Nursing shortages and an ageing population keep demand and real pay rising; AI mostly removes documentation time rather than jobs. Specialty certification, critical-care experience and informatics or virtual-nursing skills bring the largest premiums.",
  },
  adaptation: [
    {
      title: "Adopt ambient documentation early",
      detail:
        "Volunteer for your unit's ambient documentation pilot, learn to review AI-drafted flowsheets quickly and report errors so the tool improves.",
      tasks: ["chart-care", "handoff-reports"],
      skills: ["dragon-copilot", "clinical-documentation", "ai-literacy"],
    },
    {
      title: "Deepen clinical judgment in a specialty",
      detail:
        "Move toward critical care, emergency or another specialty and earn its certification; complex assessment and rapid response are the least automatable parts of nursing.",
      tasks: ["bedside-assessment", "respond-emergencies"],
      skills: ["acute-care-nursing", "patient-assessment"],
    },
    {
      title: "Learn to read and challenge AI alerts",
      detail:
        "Understand how early-warning and sepsis models score patients, when they miss and over-alert, and document your reasoning when you disagree.",
      tasks: ["screen-monitoring-data", "coordinate-care-team"],
      skills: ["patient-assessment", "evidence-based-practice"],
    },
    {
      title: "Consider nursing informatics or virtual nursing",
      detail:
        "Nurses who configure EHR workflows, train colleagues on AI tools or monitor patients remotely are in growing demand; the ANCC informatics credential supports the move.",
      tasks: ["chart-care", "routine-patient-calls"],
      skills: ["epic-ehr", "clinical-documentation"],
    },
  ],
  related: ["physical-therapist", "medical-coder", "training-specialist"],
};
