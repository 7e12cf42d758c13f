import type { RoleDef } from "../types";

export const administrativeAssistant: RoleDef = {
  slug: "administrative-assistant",
  title: "Administrative Assistant",
  industry: "administration",
  socCode: "43-6014",
  aliases: [
    "Admin assistant",
    "Executive assistant",
    "Office assistant",
    "Secretary",
    "Administrative coordinator",
    "Office administrator",
    "Team assistant",
    "Personal assistant",
  ],
  overview:
    "Administrative assistants keep people and offices running: they manage calendars, handle correspondence, book travel, organise meetings and events, process expenses, maintain files and act as the first point of contact for a team or executive. Assistants built into email, calendars and office suites now draft replies, schedule meetings, take minutes and prepare documents, so much of the routine desk work is already automatable. The value that remains is judgment about priorities and people, discretion with confidential matters, solving problems on the spot and running the physical office. Assistants who orchestrate these tools for their team and take on project and operations work are moving toward executive-assistant and office-manager roles.",
  tasks: [
    {
      slug: "manage-calendars",
      kind: "at_risk",
      title: "Schedule meetings and manage calendars",
      description:
        "Find times across busy calendars and time zones, book rooms and video links and reshuffle when plans change. AI schedulers now negotiate times and rebalance calendars automatically.",
      importance: 0.16,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "calendar-management", weight: 3 },
        { skill: "outlook", weight: 1 },
        { skill: "time-management", weight: 1 },
      ],
    },
    {
      slug: "draft-correspondence",
      kind: "at_risk",
      title: "Draft emails, letters and documents",
      description:
        "Write routine correspondence, memos, forms and templates and format documents. Assistants in email and word processors produce these drafts in the right tone from a one-line request.",
      importance: 0.13,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "written-communication", weight: 3 },
        { skill: "microsoft-word", weight: 1 },
      ],
    },
    {
      slug: "take-minutes",
      kind: "at_risk",
      title: "Take and distribute meeting minutes",
      description:
        "Record discussions, decisions and action items and send them out. Meeting assistants transcribe and summarise meetings and send action items on their own.",
      importance: 0.07,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "minute-taking", weight: 3 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "book-travel",
      kind: "at_risk",
      title: "Book travel and build itineraries",
      description:
        "Arrange flights, hotels and ground transport within policy and keep itineraries up to date. Travel platforms with AI agents now book and rebook against stated preferences.",
      importance: 0.07,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "travel-coordination", weight: 3 },
        { skill: "attention-to-detail", weight: 1 },
      ],
    },
    {
      slug: "process-expenses",
      kind: "at_risk",
      title: "Process expense reports and invoices",
      description:
        "Collect receipts, code expenses, submit reports and forward invoices for payment. Expense tools read receipts and fill reports automatically.",
      importance: 0.08,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "expense-reporting", weight: 3 },
        { skill: "data-entry", weight: 1 },
      ],
    },
    {
      slug: "maintain-records",
      kind: "at_risk",
      title: "Maintain files, records and databases",
      description:
        "File documents, keep contact lists and trackers current and find records on request. AI search and auto-classification make much of the filing unnecessary.",
      importance: 0.07,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "records-management", weight: 3 },
        { skill: "data-entry", weight: 1 },
      ],
    },
    {
      slug: "prepare-reports-slides",
      kind: "at_risk",
      title: "Prepare reports, spreadsheets and slides",
      description:
        "Compile routine reports, update trackers and format presentations for the team. Office AI builds tables, charts and slide decks from notes and data.",
      importance: 0.07,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "excel", weight: 2 },
        { skill: "powerpoint", weight: 2 },
      ],
    },
    {
      slug: "gatekeep-prioritize",
      kind: "safe",
      title: "Act as gatekeeper and prioritise requests",
      description:
        "Decide who gets time with the executive or team, what is urgent and what can wait, reading office politics and unspoken priorities.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["judgment", "trust"],
      skills: [
        { skill: "prioritization", weight: 2 },
        { skill: "stakeholder-management", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "run-events-office",
      kind: "safe",
      title: "Run events and office logistics in person",
      description:
        "Organise offsites, visits and celebrations, deal with vendors and facilities, and fix whatever goes wrong on the day.",
      importance: 0.09,
      exposure: 0.2,
      protectedBy: ["physical-presence", "stakeholders"],
      skills: [
        { skill: "event-coordination", weight: 3 },
        { skill: "office-management", weight: 2 },
      ],
    },
    {
      slug: "handle-confidential",
      kind: "safe",
      title: "Handle confidential and sensitive matters",
      description:
        "Manage personnel, legal and board information with discretion and decide what may be shared, stored or put into AI tools.",
      importance: 0.06,
      exposure: 0.2,
      protectedBy: ["trust", "ethics"],
      skills: [
        { skill: "records-management", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "welcome-support-people",
      kind: "safe",
      title: "Welcome visitors and support staff in the office",
      description:
        "Greet visitors, onboard new starters, and be the person colleagues come to when something in the office does not work.",
      importance: 0.05,
      exposure: 0.15,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "customer-service", weight: 2 },
        { skill: "office-management", weight: 1 },
      ],
    },
    {
      slug: "solve-ad-hoc-problems",
      kind: "safe",
      title: "Solve ad-hoc problems across teams",
      description:
        "Chase answers across departments, untangle broken processes and get things done through relationships and knowing how the organisation really works.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "problem-solving", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "microsoft-365-copilot",
      effect: "automates",
      tasks: ["draft-correspondence", "take-minutes", "prepare-reports-slides", "maintain-records"],
      note: "Drafts emails and documents, summarises Teams meetings and inbox threads, and builds slides and tables from notes.",
    },
    {
      tool: "gemini",
      effect: "automates",
      tasks: ["draft-correspondence", "take-minutes", "prepare-reports-slides"],
      note: "The same for Google Workspace: writes in Gmail and Docs, takes notes in Meet and builds Sheets.",
    },
    {
      tool: "reclaim-ai",
      effect: "automates",
      tasks: ["manage-calendars"],
      note: "Schedules meetings and focus time around priorities and reshuffles the calendar when plans change.",
    },
    {
      tool: "otter-ai",
      effect: "automates",
      tasks: ["take-minutes"],
      note: "Joins meetings, transcribes them and sends summaries with action items.",
    },
    {
      tool: "fireflies-ai",
      effect: "automates",
      tasks: ["take-minutes", "maintain-records"],
      note: "Records and summarises calls and files the notes and tasks into the team's tools.",
    },
  ],
  certifications: ["iaap-cap", "mos-associate", "mos-excel-expert"],
  salary: {
    entry: { min: 36000, max: 46000, changePct: [-10, -2] },
    mid: { min: 44000, max: 58000, changePct: [-6, 1] },
    senior: { min: 58000, max: 90000, changePct: [0, 6] },
    note: "General administrative roles shrink as office suites automate scheduling, writing and minutes, pressing entry pay. Executive assistants and office managers who run operations, handle confidential work and direct AI tools for a whole team keep or increase their pay.",
  },
  adaptation: [
    {
      title: "Become your team's AI power user",
      detail:
        "Master the assistant in your office suite and a meeting notetaker; set up templates, prompts and automations that save the whole team time and teach others to use them.",
      tasks: ["draft-correspondence", "take-minutes", "prepare-reports-slides"],
      skills: ["microsoft-365-copilot", "ai-literacy", "prompt-engineering"],
    },
    {
      title: "Move toward executive support and operations",
      detail:
        "Take on the judgment-heavy parts: priority setting, stakeholder follow-up, confidential projects and board preparation.",
      tasks: ["gatekeep-prioritize", "handle-confidential", "solve-ad-hoc-problems"],
      skills: ["stakeholder-management", "problem-solving"],
    },
    {
      title: "Add project and event management",
      detail:
        "Run offsites, office moves and cross-team projects end to end; these need coordination and presence that tools do not provide.",
      tasks: ["run-events-office"],
      skills: ["event-coordination", "project-management", "office-management"],
    },
    {
      title: "Certify your skills",
      detail:
        "The IAAP CAP and Microsoft Office Specialist certifications show employers you can run the modern office, not just type in it.",
      tasks: ["prepare-reports-slides", "maintain-records"],
      skills: ["excel", "records-management"],
    },
  ],
  related: [
    "data-entry-clerk",
    "bookkeeper",
    "paralegal",
    "customer-service-representative",
    "hr-specialist",
  ],
};
