import type { RoleDef } from "../types";

export const hrSpecialist: RoleDef = {
  slug: "hr-specialist",
  title: "HR Specialist",
  industry: "human-resources",
  socCode: "13-1071",
  aliases: [
    "Human resources specialist",
    "HR generalist",
    "HR coordinator",
    "People operations specialist",
    "Talent acquisition specialist",
    "Recruiter",
    "Employee relations specialist",
    "HR business partner",
  ],
  overview:
    "HR specialists recruit and onboard employees, answer questions about policies and benefits, keep personnel records and compliance in order, and help managers and employees when working relationships go wrong. " +
    "The transactional half of the job (job postings, screening applicants, scheduling interviews, onboarding paperwork, routine policy questions and HR reports) is moving quickly to applicant-tracking AI, recruiting chatbots and HR service assistants. " +
    "Investigations, difficult conversations about performance and terminations, accommodations and leave under employment law, and the judgment calls that expose the company to legal risk remain with people, and so does the duty to check that AI hiring tools treat candidates fairly. " +
    "Specialists who move toward employee relations, compliance and advising managers, and who can govern the HR technology stack, keep their value.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "write-job-descriptions-and-postings",
      kind: "at_risk",
      title: "Write job descriptions and postings",
      description:
        "Turn a hiring manager's request into a job description and postings for job boards and the careers site. AI writing tools produce a polished, inclusive posting from a few notes.",
      importance: 0.07,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "talent-acquisition", weight: 2 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "screen-applicants",
      kind: "at_risk",
      title: "Screen applications and build shortlists",
      description:
        "Review resumes and application answers against requirements and decide who moves to interview. Applicant-tracking AI ranks and matches candidates, leaving the specialist to check and defend the shortlist.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "talent-acquisition", weight: 3 },
        { skill: "applicant-tracking-systems", weight: 2 },
      ],
    },
    {
      slug: "schedule-interviews-and-update-candidates",
      kind: "at_risk",
      title: "Schedule interviews and keep candidates informed",
      description:
        "Find times across interview panels, send invitations, answer candidate questions and send status updates. Conversational recruiting assistants now do this by text and chat around the clock.",
      importance: 0.07,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "applicant-tracking-systems", weight: 2 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "process-onboarding-and-records",
      kind: "at_risk",
      title: "Process onboarding paperwork and HR records",
      description:
        "Collect tax and employment-eligibility forms, create the employee in the HR system, trigger equipment and accounts, and keep personnel files current. HR platforms automate most steps and pre-fill data from the offer.",
      importance: 0.09,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "employee-onboarding", weight: 3 },
        { skill: "hris", weight: 2 },
      ],
    },
    {
      slug: "answer-policy-and-benefits-questions",
      kind: "at_risk",
      title: "Answer policy, leave and benefits questions",
      description:
        "Explain time-off rules, benefits options, payroll dates and handbook policies to employees. HR service assistants answer these from the handbook and the employee's own records.",
      importance: 0.09,
      exposure: 0.75,
      timeline: "1-2y",
      skills: [
        { skill: "benefits-administration", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "produce-hr-reports-and-metrics",
      kind: "at_risk",
      title: "Produce HR reports and metrics",
      description:
        "Prepare headcount, turnover, time-to-hire and diversity reports and government filings such as EEO-1. People-analytics features build these dashboards and narratives automatically.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "people-analytics", weight: 3 },
        { skill: "excel", weight: 2 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "investigate-employee-complaints",
      kind: "safe",
      title: "Investigate complaints and handle employee relations",
      description:
        "Investigate harassment, discrimination and conduct complaints, interview witnesses, reach findings and recommend action. The work demands impartiality, confidentiality and accountability that cannot be delegated to software.",
      importance: 0.14,
      exposure: 0.15,
      protectedBy: ["ethics", "trust", "judgment"],
      skills: [
        { skill: "employee-relations", weight: 3 },
        { skill: "workplace-investigations", weight: 3 },
        { skill: "employment-law", weight: 2 },
      ],
    },
    {
      slug: "advise-managers-on-people-issues",
      kind: "safe",
      title: "Advise managers on performance and terminations",
      description:
        "Coach managers through performance problems, improvement plans, discipline and dismissals so they are fair, documented and lawful.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["judgment", "stakeholders"],
      skills: [
        { skill: "performance-management", weight: 3 },
        { skill: "coaching", weight: 2 },
        { skill: "employment-law", weight: 1 },
      ],
    },
    {
      slug: "manage-leave-accommodations-and-compliance",
      kind: "safe",
      title: "Manage leave, accommodations and compliance",
      description:
        "Run the interactive process for disability accommodations, decide leave eligibility, and keep wage-and-hour and hiring practices within the law. Mistakes here become lawsuits.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "employment-law", weight: 3 },
        { skill: "benefits-administration", weight: 1 },
      ],
    },
    {
      slug: "interview-candidates-and-close-offers",
      kind: "safe",
      title: "Interview finalists and close offers",
      description:
        "Assess finalists for fit and motivation, check references, and negotiate offers with candidates who have other options.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["judgment", "trust"],
      skills: [
        { skill: "structured-interviewing", weight: 3 },
        { skill: "negotiation", weight: 2 },
      ],
    },
    {
      slug: "run-engagement-and-culture-programs",
      kind: "safe",
      title: "Run engagement and culture programmes",
      description:
        "Act on engagement-survey results with managers, run recognition and wellbeing programmes, and support change such as reorganisations or the introduction of AI at work.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["leadership", "stakeholders"],
      skills: [
        { skill: "employee-engagement", weight: 3 },
        { skill: "change-management", weight: 2 },
      ],
    },
    {
      slug: "audit-ai-hiring-tools",
      kind: "safe",
      title: "Check AI hiring tools for fairness",
      description:
        "Review adverse-impact data from screening and assessment tools, arrange bias audits and candidate notices where law requires them, and keep a human decision in the process.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "employment-law", weight: 2 },
        { skill: "responsible-ai", weight: 2 },
        { skill: "people-analytics", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "paradox-olivia",
      effect: "automates",
      tasks: [
        "schedule-interviews-and-update-candidates",
        "screen-applicants",
        "process-onboarding-and-records",
      ],
      note: "Answers candidates, checks basic requirements, books interviews and walks new hires through onboarding tasks by text and chat.",
    },
    {
      tool: "hirevue",
      effect: "augments",
      tasks: ["screen-applicants", "interview-candidates-and-close-offers"],
      note: "Runs on-demand video interviews and skills assessments so early rounds scale; its scoring needs regular adverse-impact checks.",
    },
    {
      tool: "eightfold-ai",
      effect: "augments",
      tasks: ["screen-applicants", "produce-hr-reports-and-metrics"],
      note: "Matches applicants and employees to roles by inferred skills and rediscovers past candidates.",
    },
    {
      tool: "textio",
      effect: "augments",
      tasks: ["write-job-descriptions-and-postings", "advise-managers-on-people-issues"],
      note: "Flags biased or off-putting language in postings and in managers' written performance feedback.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: [
        "answer-policy-and-benefits-questions",
        "produce-hr-reports-and-metrics",
        "investigate-employee-complaints",
      ],
      note: "Drafts policy answers and reports and organises investigation notes and interview summaries; findings stay with the investigator.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-job-descriptions-and-postings", "answer-policy-and-benefits-questions"],
      note: "Drafts postings, policy explanations and employee communications for review.",
    },
  ],
  certifications: ["shrm-cp", "hrci-phr", "hrci-aphr"],
  salary: {
    entry: { min: 45000, max: 58000, changePct: [-8, -2] },
    mid: { min: 58000, max: 82000, changePct: [-3, 3] },
    senior: { min: 82000, max: 115000, changePct: [2, 6] },
    note:
      "Coordinator and recruiting-coordinator roles shrink as scheduling, screening and onboarding automate, which holds entry pay down. " +
      "Specialists in employee relations, compliance and HR technology, and business partners who advise leaders, see steady real gains.",
  },
  adaptation: [
    {
      title: "Specialise in employee relations and investigations",
      detail:
        "Take investigation training, handle cases under supervision and build a track record of well-documented findings. This is the part of HR companies least want to automate.",
      tasks: ["investigate-employee-complaints", "advise-managers-on-people-issues"],
      skills: ["workplace-investigations", "employee-relations", "employment-law"],
    },
    {
      title: "Own the HR technology and its risks",
      detail:
        "Become the person who configures the ATS and recruiting assistant, monitors their adverse-impact numbers and knows the rules on automated hiring decisions, such as New York City's bias-audit law.",
      tasks: ["audit-ai-hiring-tools", "screen-applicants"],
      skills: ["responsible-ai", "applicant-tracking-systems", "paradox-olivia"],
    },
    {
      title: "Learn people analytics",
      detail:
        "Build turnover, hiring-funnel and engagement analyses that answer a business question, not just a report. Analysis that changes a decision is what turns a specialist into a partner.",
      tasks: ["produce-hr-reports-and-metrics", "run-engagement-and-culture-programs"],
      skills: ["people-analytics", "data-analysis", "excel"],
    },
    {
      title: "Get certified",
      detail:
        "Earn the SHRM-CP or PHR to prove knowledge of employment law and practice; the aPHR is a first step for those new to HR.",
      tasks: ["manage-leave-accommodations-and-compliance"],
      skills: ["employment-law", "benefits-administration"],
    },
  ],
  related: [
    "training-specialist",
    "administrative-assistant",
    "customer-service-representative",
    "paralegal",
  ],
};
