import type { RoleDef } from "../types";

export const physicalTherapist: RoleDef = {
  slug: "physical-therapist",
  title: "Physical Therapist",
  industry: "healthcare",
  socCode: "29-1123",
  aliases: [
    "Physiotherapist",
    "PT",
    "Physio",
    "Doctor of physical therapy",
    "Outpatient physical therapist",
    "Orthopedic physical therapist",
    "Sports physical therapist",
    "Home health physical therapist",
  ],
  overview:
    "Physical therapists examine people with pain, injury or disability, work out what limits their movement, and restore function through hands-on treatment, exercise and education. Almost all of that happens in person with the therapist's hands, eyes and coaching, so AI cannot take over the core of the job. Its effect is on documentation and admin: AI scribes write the daily notes and evaluations, AI drafts authorisation letters and exercise handouts, and digital MSK programmes use motion tracking to guide some home exercise. Therapists who use these tools see more patients with less after-hours charting, and some lead hybrid in-person and remote programmes.",
  tasks: [
    {
      slug: "write-visit-notes",
      kind: "at_risk",
      title: "Write daily notes and progress reports",
      description:
        "Document each session's interventions, patient response and progress toward goals in the format payers require. AI scribes now draft SOAP notes from the session conversation.",
      importance: 0.1,
      exposure: 0.5,
      timeline: "now",
      skills: [
        { skill: "clinical-documentation", weight: 3 },
        { skill: "outcome-measures", weight: 1 },
      ],
    },
    {
      slug: "document-evaluations",
      kind: "at_risk",
      title: "Document evaluations and plans of care",
      description:
        "Write up the initial examination, diagnosis, prognosis and measurable goals. Scribes assemble most of the write-up from what was said and measured during the evaluation.",
      importance: 0.05,
      exposure: 0.45,
      timeline: "now",
      skills: [
        { skill: "clinical-documentation", weight: 2 },
        { skill: "care-planning", weight: 2 },
      ],
    },
    {
      slug: "prior-authorizations",
      kind: "at_risk",
      title: "Prepare prior authorisations and medical-necessity letters",
      description:
        "Justify continued care to insurers with the functional data they ask for. AI drafts these letters from the chart and payer criteria.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "outcome-measures", weight: 2 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "build-home-programs",
      kind: "at_risk",
      title: "Build home exercise programmes and handouts",
      description:
        "Select exercises, doses and instructions for the patient to do at home and produce handouts or app programmes. AI suggests programmes from the diagnosis and writes the instructions.",
      importance: 0.05,
      exposure: 0.45,
      timeline: "now",
      skills: [
        { skill: "therapeutic-exercise", weight: 3 },
        { skill: "patient-education", weight: 1 },
      ],
    },
    {
      slug: "billing-units",
      kind: "at_risk",
      title: "Select billing codes and units",
      description:
        "Choose CPT codes and timed units for each visit under payer rules such as the 8-minute rule. Documentation tools now suggest codes from the note.",
      importance: 0.02,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "cpt-coding", weight: 2 },
        { skill: "clinical-documentation", weight: 1 },
      ],
    },
    {
      slug: "review-remote-data",
      kind: "at_risk",
      title: "Review remote-monitoring and app adherence data",
      description:
        "Check exercise adherence, pain scores and motion data from patients' apps between visits. Digital programmes summarise the data and flag who is struggling.",
      importance: 0.03,
      exposure: 0.4,
      timeline: "1-2y",
      skills: [
        { skill: "outcome-measures", weight: 2 },
        { skill: "therapeutic-exercise", weight: 1 },
      ],
    },
    {
      slug: "examine-diagnose",
      kind: "safe",
      title: "Examine patients and diagnose movement problems",
      description:
        "Take the history, test strength, range of motion, balance and special tests, watch how the person moves, rule out red flags and decide what is driving the problem.",
      importance: 0.17,
      exposure: 0.1,
      protectedBy: ["physical-presence", "judgment"],
      skills: [
        { skill: "musculoskeletal-assessment", weight: 3 },
        { skill: "critical-thinking", weight: 1 },
        { skill: "evidence-based-practice", weight: 1 },
      ],
    },
    {
      slug: "hands-on-treatment",
      kind: "safe",
      title: "Deliver manual therapy and hands-on treatment",
      description:
        "Mobilise joints and soft tissue, guide movement with your hands and adjust pressure and position from what you feel.",
      importance: 0.17,
      exposure: 0.02,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "manual-therapy", weight: 3 },
        { skill: "musculoskeletal-assessment", weight: 1 },
      ],
    },
    {
      slug: "coach-exercise",
      kind: "safe",
      title: "Coach and progress exercise in session",
      description:
        "Teach exercises, correct form in real time, judge fatigue and pain and progress or regress the load, including gait and balance training.",
      importance: 0.18,
      exposure: 0.05,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "therapeutic-exercise", weight: 3 },
        { skill: "gait-training", weight: 2 },
        { skill: "neurological-rehabilitation", weight: 1 },
      ],
    },
    {
      slug: "motivate-set-goals",
      kind: "safe",
      title: "Set goals with patients and keep them motivated",
      description:
        "Agree goals that matter to the patient, address fear of movement and keep people engaged through slow or painful recoveries.",
      importance: 0.08,
      exposure: 0.1,
      protectedBy: ["trust"],
      skills: [
        { skill: "patient-education", weight: 2 },
        { skill: "empathy", weight: 2 },
      ],
    },
    {
      slug: "coordinate-referrals",
      kind: "safe",
      title: "Coordinate with physicians and screen for red flags",
      description:
        "Recognise when symptoms need medical referral, update referring physicians and coordinate with surgeons, case managers and employers on return to work or sport.",
      importance: 0.06,
      exposure: 0.15,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "communication", weight: 2 },
        { skill: "musculoskeletal-assessment", weight: 1 },
      ],
    },
    {
      slug: "supervise-assistants",
      kind: "safe",
      title: "Supervise physical therapist assistants and aides",
      description:
        "Delegate parts of treatment to PTAs and aides, check their work and remain responsible for the plan of care.",
      importance: 0.05,
      exposure: 0.05,
      protectedBy: ["leadership", "accountability"],
      skills: [
        { skill: "leadership", weight: 2 },
        { skill: "care-planning", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "heidi-health",
      effect: "augments",
      tasks: ["write-visit-notes", "document-evaluations", "prior-authorizations"],
      note: "Transcribes the session and drafts SOAP notes, evaluations and letters from therapy templates for the therapist to sign.",
    },
    {
      tool: "sword-health",
      effect: "augments",
      tasks: ["build-home-programs", "review-remote-data"],
      note: "Guides home exercise with motion tracking and an AI care assistant while physical therapists supervise remotely.",
    },
    {
      tool: "openevidence",
      effect: "augments",
      tasks: ["examine-diagnose", "build-home-programs"],
      note: "Answers clinical questions with cited research to check differential diagnoses and treatment choices.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["build-home-programs", "prior-authorizations", "motivate-set-goals"],
      note: "Drafts plain-language exercise instructions and education materials, and first versions of payer letters without patient identifiers.",
    },
  ],
  certifications: ["abpts-ocs", "abpts-scs", "abpts-ncs", "abpts-gcs", "nsca-cscs"],
  salary: {
    entry: { min: 80000, max: 95000, changePct: [0, 5] },
    mid: { min: 92000, max: 110000, changePct: [0, 5] },
    senior: { min: 105000, max: 135000, changePct: [1, 6] },
    note: "Demand grows with an ageing, active population and AI takes paperwork rather than treatment, so real pay holds or edges up. Board certification, specialty caseloads and leading hybrid or digital MSK programmes bring the best gains; reimbursement cuts remain the main drag.",
  },
  adaptation: [
    {
      title: "Use an AI scribe and reclaim treatment time",
      detail:
        "Adopt an AI scribe built for therapy notes, build templates for your evaluations and daily notes, and review every draft before signing.",
      tasks: ["write-visit-notes", "document-evaluations"],
      skills: ["heidi-health", "clinical-documentation"],
    },
    {
      title: "Earn a board certification",
      detail:
        "An ABPTS specialty (orthopaedics, sports, neurology, geriatrics) deepens the examination and treatment skills no tool replaces and raises referral and pay prospects.",
      tasks: ["examine-diagnose", "hands-on-treatment", "coach-exercise"],
      skills: ["musculoskeletal-assessment", "manual-therapy", "neurological-rehabilitation"],
    },
    {
      title: "Run hybrid in-person and remote care",
      detail:
        "Learn to supervise patients on digital exercise platforms between visits, using their data to adjust programmes and decide who needs to come in.",
      tasks: ["review-remote-data", "build-home-programs"],
      skills: ["sword-health", "outcome-measures", "therapeutic-exercise"],
    },
    {
      title: "Keep evidence at your fingertips",
      detail:
        "Use cited AI search to check current guidelines on your caseload and bring the findings into patient conversations and goal setting.",
      tasks: ["examine-diagnose", "motivate-set-goals"],
      skills: ["evidence-based-practice", "openevidence"],
    },
  ],
  related: ["registered-nurse", "training-specialist", "medical-coder"],
};
