import type { RoleDef } from "../types";

export const highSchoolTeacher: RoleDef = {
  slug: "high-school-teacher",
  title: "High School Teacher",
  industry: "education",
  socCode: "25-2031",
  aliases: [
    "Secondary school teacher",
    "Secondary teacher",
    "High school English teacher",
    "High school math teacher",
    "High school science teacher",
    "Social studies teacher",
    "Subject teacher",
    "Secondary educator",
  ],
  overview:
    "High school teachers teach one or two subjects to teenagers, usually grades 9 to 12: they plan units and lessons, teach several classes a day, assess work, and look after students' progress and wellbeing with families and colleagues. " +
    "AI now drafts much of the preparation and paperwork (worksheets, differentiated readings, quizzes and rubrics, feedback comments, emails to families), which can give back hours each week. " +
    "The core of the job is running a room of thirty adolescents, explaining, questioning and adjusting in the moment, building relationships that make students try, and carrying legal duties of care, so it changes far less than the preparation does. " +
    "Teachers who use AI to prepare faster and to differentiate better, while redesigning assessment so it still shows what students can do, get the most out of the shift.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "create-lesson-materials",
      kind: "at_risk",
      title: "Create lesson materials and differentiated versions",
      description:
        "Prepare slides, worksheets, reading guides and practice sets, and versions of them at different reading levels or with supports for English learners. Teacher AI tools now draft these from a topic and standard in minutes.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "lesson-planning", weight: 3 },
        { skill: "differentiated-instruction", weight: 2 },
      ],
    },
    {
      slug: "write-quizzes-tests-and-rubrics",
      kind: "at_risk",
      title: "Write quizzes, tests and rubrics",
      description:
        "Write question banks, unit tests, exit tickets and marking rubrics aligned to standards. Generators produce usable first versions that teachers check for accuracy and level.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "assessment-design", weight: 3 },
        { skill: "lesson-planning", weight: 1 },
      ],
    },
    {
      slug: "grade-work-and-write-feedback",
      kind: "at_risk",
      title: "Grade work and write feedback",
      description:
        "Mark problem sets, lab reports and essays and write comments students can act on. AI grading and feedback tools speed this up, though teachers remain responsible for the grade.",
      importance: 0.1,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "assessment-design", weight: 2 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "keep-records-and-progress-reports",
      kind: "at_risk",
      title: "Keep records and write progress reports",
      description:
        "Enter attendance and grades, log accommodations and interventions, and write report-card comments. Student information systems and AI comment generators handle more of this each year.",
      importance: 0.05,
      exposure: 0.55,
      timeline: "now",
      skills: [
        { skill: "student-information-systems", weight: 2 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "draft-family-communications",
      kind: "at_risk",
      title: "Draft newsletters and messages to families",
      description:
        "Write class updates, reminders and individual emails to parents and guardians, often in several languages. AI drafting and translation do most of the writing.",
      importance: 0.03,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "family-engagement", weight: 2 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "analyze-student-assessment-data",
      kind: "at_risk",
      title: "Analyse assessment data to regroup students",
      description:
        "Look at test and quiz results by standard to see who needs reteaching or extension and plan groups. Platforms now produce these breakdowns and suggested groupings automatically.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "data-driven-instruction", weight: 3 },
        { skill: "excel", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "teach-and-adapt-in-class",
      kind: "safe",
      title: "Teach lessons and adapt in the moment",
      description:
        "Explain ideas, question students, run discussions and labs, and change course when the room is lost or ahead. Reading thirty faces and responding is the centre of the job.",
      importance: 0.24,
      exposure: 0.05,
      protectedBy: ["physical-presence", "leadership"],
      skills: [
        { skill: "classroom-instruction", weight: 3 },
        { skill: "differentiated-instruction", weight: 2 },
        { skill: "presentation-skills", weight: 1 },
      ],
    },
    {
      slug: "manage-classroom-behavior",
      kind: "safe",
      title: "Manage the classroom and student behaviour",
      description:
        "Set routines and expectations, keep students on task and safe, and deal with conflict and disruption fairly and consistently.",
      importance: 0.12,
      exposure: 0.02,
      protectedBy: ["physical-presence", "leadership", "trust"],
      skills: [
        { skill: "classroom-management", weight: 3 },
        { skill: "conflict-resolution", weight: 2 },
      ],
    },
    {
      slug: "mentor-and-support-students",
      kind: "safe",
      title: "Mentor and support individual students",
      description:
        "Help students who are struggling, notice signs of trouble at home or with mental health, refer them to counsellors and fulfil mandated-reporter duties. Trust built over months is what lets students ask for help.",
      importance: 0.1,
      exposure: 0.05,
      protectedBy: ["trust", "ethics"],
      skills: [
        { skill: "student-mentoring", weight: 3 },
        { skill: "empathy", weight: 2 },
      ],
    },
    {
      slug: "meet-families-and-support-teams",
      kind: "safe",
      title: "Meet families and special-education teams",
      description:
        "Hold parent conferences, take part in IEP and 504 meetings, and agree plans with counsellors and specialists for individual students.",
      importance: 0.06,
      exposure: 0.1,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "family-engagement", weight: 3 },
        { skill: "special-education-accommodations", weight: 2 },
      ],
    },
    {
      slug: "design-units-and-curriculum",
      kind: "safe",
      title: "Design units and the course sequence",
      description:
        "Plan the year's scope and sequence against state standards, design units and projects that build on each other, and align with colleagues in the department.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["judgment", "novel-design"],
      skills: [
        { skill: "curriculum-development", weight: 3 },
        { skill: "lesson-planning", weight: 2 },
      ],
    },
    {
      slug: "set-ai-use-and-integrity-rules",
      kind: "safe",
      title: "Set rules for AI use and academic integrity",
      description:
        "Decide where students may use AI, redesign assignments so they still show each student's own thinking, and handle suspected cheating fairly.",
      importance: 0.04,
      exposure: 0.15,
      protectedBy: ["ethics", "judgment"],
      skills: [
        { skill: "assessment-design", weight: 2 },
        { skill: "ai-literacy", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "magicschool-ai",
      effect: "augments",
      tasks: [
        "create-lesson-materials",
        "write-quizzes-tests-and-rubrics",
        "draft-family-communications",
        "keep-records-and-progress-reports",
      ],
      note: "Generates lesson plans, levelled texts, rubrics, report comments and parent emails from a topic and grade level.",
    },
    {
      tool: "khanmigo",
      effect: "augments",
      tasks: ["create-lesson-materials", "mentor-and-support-students", "analyze-student-assessment-data"],
      note: "Teacher tools draft hooks and exit tickets; the student tutor gives guided practice outside class and reports where students are stuck.",
    },
    {
      tool: "gradescope",
      effect: "augments",
      tasks: ["grade-work-and-write-feedback", "analyze-student-assessment-data"],
      note: "Groups similar answers so each is graded once with a shared rubric, and shows item-level statistics.",
    },
    {
      tool: "brisk-teaching",
      effect: "augments",
      tasks: ["grade-work-and-write-feedback", "create-lesson-materials"],
      note: "Drafts feedback on student writing in Google Docs and turns articles or videos into quizzes and levelled readings.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["design-units-and-curriculum", "create-lesson-materials"],
      note: "Useful for brainstorming projects, examples and misconceptions when planning a unit.",
    },
  ],
  certifications: [
    "nbpts-national-board-certification",
    "iste-certified-educator",
    "google-certified-educator-level-1",
  ],
  salary: {
    entry: { min: 42000, max: 56000, changePct: [-2, 2] },
    mid: { min: 56000, max: 76000, changePct: [-2, 3] },
    senior: { min: 76000, max: 105000, changePct: [0, 4] },
    note:
      "Public-school pay follows district salary schedules and union contracts rather than AI adoption, so real pay changes mostly with state budgets and inflation. " +
      "Shortages in maths, science and special education, and stipends for National Board certification or instructional-technology roles, offer the clearest gains.",
  },
  adaptation: [
    {
      title: "Use AI to cut preparation time",
      detail:
        "Use MagicSchool, Khanmigo or Brisk to draft materials, levelled texts and quizzes, then check and adjust them. Put the saved time into small-group work and feedback conversations.",
      tasks: ["create-lesson-materials", "write-quizzes-tests-and-rubrics", "grade-work-and-write-feedback"],
      skills: ["magicschool-ai", "brisk-teaching", "lesson-planning"],
    },
    {
      title: "Redesign assessment for the AI era",
      detail:
        "Add in-class writing, oral defences, drafts with visible process and projects tied to local context, and set a clear class policy on AI use. This keeps grades meaningful.",
      tasks: ["set-ai-use-and-integrity-rules", "grade-work-and-write-feedback"],
      skills: ["assessment-design", "ai-literacy"],
    },
    {
      title: "Differentiate with data",
      detail:
        "Use item-level results from Gradescope or your platform to regroup students weekly and assign targeted practice, including AI tutoring for students who need more repetition.",
      tasks: ["analyze-student-assessment-data", "teach-and-adapt-in-class"],
      skills: ["data-driven-instruction", "differentiated-instruction", "khanmigo"],
    },
    {
      title: "Lead on instructional technology",
      detail:
        "Earn the ISTE Certified Educator or Google Certified Educator credential and coach colleagues on safe classroom use of AI. Technology-lead and coaching roles often carry stipends.",
      tasks: ["set-ai-use-and-integrity-rules", "design-units-and-curriculum"],
      skills: ["edtech-integration", "ai-literacy", "coaching"],
    },
  ],
  related: ["training-specialist", "hr-specialist", "technical-writer"],
};
