import type { RoleDef } from "../types";

export const trainingSpecialist: RoleDef = {
  slug: "training-specialist",
  title: "Training and Development Specialist",
  industry: "human-resources",
  socCode: "13-1151",
  aliases: [
    "Training specialist",
    "Corporate trainer",
    "Learning and development specialist",
    "L&D specialist",
    "Instructional designer",
    "eLearning developer",
    "Training coordinator",
    "Learning experience designer",
  ],
  overview:
    "Training and development specialists find out what employees need to learn, build courses and materials, deliver training in person and online, and check whether it changed how people work. " +
    "Content production is where AI hits hardest: course outlines, slides, job aids, quiz questions, narrated videos and translations are now generated inside authoring tools, so one designer can produce what used to take a team. " +
    "Working out with managers whether a performance problem is a training problem at all, designing programmes that fit the organisation, facilitating a room, and coaching people through practice all depend on people and context. " +
    "Specialists who move from producing content to diagnosing needs, facilitating and proving business impact, and who lead their organisation's AI upskilling, gain influence.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "build-elearning-modules",
      kind: "at_risk",
      title: "Build e-learning modules",
      description:
        "Storyboard and build self-paced courses in authoring tools, with interactions, scenarios and knowledge checks. Authoring tools now draft outlines, lessons, images and narration from source documents.",
      importance: 0.13,
      exposure: 0.75,
      timeline: "1-2y",
      skills: [
        { skill: "elearning-development", weight: 3 },
        { skill: "articulate-storyline", weight: 2 },
        { skill: "instructional-design", weight: 1 },
      ],
    },
    {
      slug: "write-training-materials-and-job-aids",
      kind: "at_risk",
      title: "Write slides, facilitator guides and job aids",
      description:
        "Turn procedures and expert knowledge into slide decks, facilitator guides, quick-reference cards and checklists. Language models produce these from a policy or process document in minutes.",
      importance: 0.11,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "instructional-design", weight: 3 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "write-quizzes-and-knowledge-checks",
      kind: "at_risk",
      title: "Write quizzes and knowledge checks",
      description:
        "Write questions, answer feedback and scenario checks that test the learning objectives. Authoring and general AI tools generate them directly from course content.",
      importance: 0.05,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "assessment-design", weight: 3 },
        { skill: "instructional-design", weight: 1 },
      ],
    },
    {
      slug: "produce-training-videos",
      kind: "at_risk",
      title: "Produce training videos and translations",
      description:
        "Script, record, edit and translate explainer and procedure videos. AI video platforms create presenter-led videos from a script in many languages without filming.",
      importance: 0.06,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "video-editing", weight: 2 },
        { skill: "storyboarding", weight: 2 },
      ],
    },
    {
      slug: "administer-lms-and-report-completions",
      kind: "at_risk",
      title: "Administer the LMS and report completions",
      description:
        "Enrol learners, assign compliance training, chase overdue completions and report status to managers and auditors. Learning platforms automate assignment, reminders and reporting.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "lms-administration", weight: 3 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "analyze-training-surveys",
      kind: "at_risk",
      title: "Run and analyse training surveys",
      description:
        "Build needs and feedback surveys, then summarise ratings and comments into findings. AI summarises open comments and trends instantly.",
      importance: 0.05,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "training-needs-analysis", weight: 2 },
        { skill: "data-analysis", weight: 2 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "facilitate-live-training",
      kind: "safe",
      title: "Facilitate live training",
      description:
        "Run classroom and virtual sessions, workshops and onboarding cohorts, reading the group, handling questions and resistance, and adjusting on the fly.",
      importance: 0.14,
      exposure: 0.15,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "facilitation", weight: 3 },
        { skill: "presentation-skills", weight: 2 },
      ],
    },
    {
      slug: "diagnose-needs-with-stakeholders",
      kind: "safe",
      title: "Diagnose performance gaps with managers and experts",
      description:
        "Interview managers and top performers, observe the work and decide whether the gap is skills, process, tools or incentives, and whether training is the right answer at all.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["judgment", "stakeholders"],
      skills: [
        { skill: "training-needs-analysis", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "design-learning-programs",
      kind: "safe",
      title: "Design learning programmes",
      description:
        "Design onboarding paths, leadership programmes and blended curricula that combine practice, coaching and on-the-job work, fitted to the organisation's culture and constraints.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "instructional-design", weight: 3 },
        { skill: "adult-learning-theory", weight: 2 },
      ],
    },
    {
      slug: "coach-on-the-job-practice",
      kind: "safe",
      title: "Coach practice on the job",
      description:
        "Observe new hires and trainees doing the real work, give feedback, run role-plays and certify skills on the floor, in the field or on the line.",
      importance: 0.08,
      exposure: 0.1,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "coaching", weight: 3 },
        { skill: "facilitation", weight: 1 },
      ],
    },
    {
      slug: "evaluate-training-impact",
      kind: "safe",
      title: "Evaluate training impact on the business",
      description:
        "Link programmes to behaviour change and business results such as error rates, sales or time to productivity, and report honestly on what did and did not work.",
      importance: 0.06,
      exposure: 0.35,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "learning-evaluation", weight: 3 },
        { skill: "data-analysis", weight: 2 },
      ],
    },
    {
      slug: "lead-ai-upskilling-and-change",
      kind: "safe",
      title: "Lead AI upskilling and change programmes",
      description:
        "Plan how the workforce learns to use AI tools safely, work with leaders and sceptical teams, and support the change beyond the classroom.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["leadership", "stakeholders"],
      skills: [
        { skill: "change-management", weight: 3 },
        { skill: "ai-literacy", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "articulate-ai-assistant",
      effect: "automates",
      tasks: ["build-elearning-modules", "write-quizzes-and-knowledge-checks"],
      note: "Drafts course outlines, lessons and quiz questions in Rise and Storyline, generates images and narration, and edits text for tone and length.",
    },
    {
      tool: "synthesia",
      effect: "automates",
      tasks: ["produce-training-videos"],
      note: "Turns scripts and slides into presenter-led videos with AI avatars and voices, and re-versions them in other languages.",
    },
    {
      tool: "chatgpt",
      effect: "automates",
      tasks: [
        "write-training-materials-and-job-aids",
        "write-quizzes-and-knowledge-checks",
        "analyze-training-surveys",
      ],
      note: "Converts procedures into job aids and facilitator guides, writes scenarios and summarises survey comments.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: [
        "write-training-materials-and-job-aids",
        "administer-lms-and-report-completions",
        "diagnose-needs-with-stakeholders",
      ],
      note: "Builds slide decks from documents, summarises stakeholder interviews and analyses completion exports in Excel.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["design-learning-programs", "write-training-materials-and-job-aids"],
      note: "Helps outline programmes and turn long source documents into structured learning content for review.",
    },
  ],
  certifications: ["atd-cptd", "atd-aptd", "prosci-certified-change-practitioner", "shrm-cp"],
  salary: {
    entry: { min: 45000, max: 58000, changePct: [-8, -2] },
    mid: { min: 58000, max: 85000, changePct: [-3, 3] },
    senior: { min: 85000, max: 120000, changePct: [2, 7] },
    note:
      "Roles centred on producing courses and videos face pressure as authoring tools generate content, so entry and content-developer pay softens. " +
      "Specialists who run needs analysis, facilitation, leadership development and company-wide AI upskilling are in demand and gain in real terms.",
  },
  adaptation: [
    {
      title: "Let AI produce content, and own the design",
      detail:
        "Use Articulate's AI Assistant and Synthesia for first drafts of modules and videos, and spend your time on objectives, practice activities and review with subject experts.",
      tasks: ["build-elearning-modules", "produce-training-videos", "design-learning-programs"],
      skills: ["articulate-ai-assistant", "synthesia", "instructional-design"],
    },
    {
      title: "Start every request with a needs analysis",
      detail:
        "When a manager asks for a course, interview them and their top performers first and write a short diagnosis. Being the person who knows when training will not fix the problem earns a seat in planning.",
      tasks: ["diagnose-needs-with-stakeholders", "analyze-training-surveys"],
      skills: ["training-needs-analysis", "stakeholder-management"],
    },
    {
      title: "Measure impact, not completions",
      detail:
        "Pick one programme and track a business measure before and after, with a comparison group if you can. Evidence of impact is what protects learning budgets.",
      tasks: ["evaluate-training-impact"],
      skills: ["learning-evaluation", "data-analysis"],
    },
    {
      title: "Lead your organisation's AI upskilling",
      detail:
        "Build a practical AI-literacy curriculum with hands-on exercises per role, and pair it with change-management support. This is the most requested training topic today.",
      tasks: ["lead-ai-upskilling-and-change", "facilitate-live-training"],
      skills: ["ai-literacy", "change-management", "facilitation"],
    },
  ],
  related: ["hr-specialist", "high-school-teacher", "technical-writer", "engineering-manager"],
};
