import type { RoleDef } from "../types";

export const itSupportSpecialist: RoleDef = {
  slug: "it-support-specialist",
  title: "IT Support Specialist",
  industry: "technology",
  socCode: "15-1232",
  aliases: [
    "Help desk technician",
    "Service desk analyst",
    "Desktop support technician",
    "IT technician",
    "Technical support specialist",
    "End user support specialist",
    "IT support analyst",
  ],
  overview:
    "IT support specialists keep employees working: they answer help-desk requests, reset access, fix laptops and software, set up devices for new starters and escalate what they cannot solve. Level-one support is one of the areas where AI is landing fastest, with virtual agents in Teams and Slack resolving password resets, access requests and how-to questions without a person, and ITSM platforms classifying and routing tickets automatically. The work that remains is hands-on hardware, calming and helping frustrated people, and the judgment to spot a security incident or a wider outage in a single ticket.",
  tasks: [
    {
      slug: "handle-account-requests",
      kind: "at_risk",
      title: "Handle password resets and access requests",
      description:
        "Reset passwords and MFA, unlock accounts and grant access to shared drives, mailboxes and applications after checking approval. Self-service portals and virtual agents now resolve most of these without a technician.",
      importance: 0.12,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "active-directory", weight: 3 },
        { skill: "identity-and-access-management", weight: 2 },
      ],
    },
    {
      slug: "triage-and-route-tickets",
      kind: "at_risk",
      title: "Log, categorise and route tickets",
      description:
        "Read incoming requests, set category and priority, and send them to the right queue or team. ITSM platforms classify and route tickets automatically from their text.",
      importance: 0.1,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "it-service-management", weight: 3 },
        { skill: "servicenow", weight: 2 },
      ],
    },
    {
      slug: "answer-how-to-questions",
      kind: "at_risk",
      title: "Answer routine software and how-to questions",
      description:
        "Explain how to set up email on a phone, share a Teams file, connect to the VPN or fix a common Office error. Virtual agents grounded in the knowledge base answer these directly.",
      importance: 0.14,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "microsoft-365", weight: 3 },
        { skill: "customer-service", weight: 2 },
      ],
    },
    {
      slug: "write-knowledge-articles",
      kind: "at_risk",
      title: "Write knowledge-base articles",
      description:
        "Turn solved tickets into step-by-step articles that users and colleagues can follow. Generative features draft them from resolved incidents.",
      importance: 0.06,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 3 },
        { skill: "it-service-management", weight: 1 },
      ],
    },
    {
      slug: "troubleshoot-remotely",
      kind: "at_risk",
      title: "Troubleshoot laptops and software remotely",
      description:
        "Connect to a user's machine to fix crashing applications, printer drivers, slow start-ups and network settings. Assistants suggest fixes and endpoint tools increasingly remediate common faults automatically.",
      importance: 0.12,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "troubleshooting", weight: 3 },
        { skill: "windows", weight: 2 },
        { skill: "macos", weight: 1 },
      ],
    },
    {
      slug: "deploy-software-and-enrol-devices",
      kind: "at_risk",
      title: "Deploy software and enrol devices",
      description:
        "Package and push applications, enrol laptops and phones in device management and apply configuration profiles. Zero-touch enrolment and policy-driven deployment are removing most manual steps.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "endpoint-management", weight: 3 },
        { skill: "microsoft-intune", weight: 2 },
      ],
    },
    {
      slug: "track-it-assets",
      kind: "at_risk",
      title: "Track hardware and licence inventory",
      description:
        "Record who has which laptop, phone and licence, and reconcile the inventory with purchasing and leavers. Discovery tools and ITSM workflows keep most records current automatically.",
      importance: 0.04,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "it-asset-management", weight: 3 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "fix-hardware-on-site",
      kind: "safe",
      title: "Set up and repair hardware on site",
      description:
        "Set up desks and meeting rooms, replace screens, keyboards and batteries, fix printers and cabling, and image or swap broken laptops. Someone has to be physically there.",
      importance: 0.1,
      exposure: 0.1,
      protectedBy: ["physical-presence"],
      skills: [
        { skill: "hardware-troubleshooting", weight: 3 },
        { skill: "networking", weight: 1 },
      ],
    },
    {
      slug: "support-frustrated-users",
      kind: "safe",
      title: "Help stressed users and executives through problems",
      description:
        "Calm a user who has lost work before a deadline or an executive whose laptop fails before a board meeting, and find a way through. Patience and rapport matter as much as the fix.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "customer-service", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "empathy", weight: 1 },
      ],
    },
    {
      slug: "onboard-and-offboard-in-person",
      kind: "safe",
      title: "Onboard and offboard employees in person",
      description:
        "Hand over devices to new starters, walk them through security and tools, and collect and wipe equipment from leavers. It combines physical hand-over with a first impression of IT.",
      importance: 0.06,
      exposure: 0.4,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "endpoint-management", weight: 2 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "spot-security-and-major-incidents",
      kind: "safe",
      title: "Recognise security incidents and wider outages",
      description:
        "Notice that a strange email, a locked account or a cluster of similar tickets is a phishing campaign or an outage, and escalate it quickly to the right people.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["judgment"],
      skills: [
        { skill: "security-awareness", weight: 3 },
        { skill: "incident-management", weight: 2 },
      ],
    },
    {
      slug: "train-users",
      kind: "safe",
      title: "Coach users on tools and safe habits",
      description:
        "Run short sessions or one-to-one coaching on new tools, AI assistants and security habits, adjusting to each person's confidence with technology.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "facilitation", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "moveworks",
      effect: "automates",
      tasks: ["handle-account-requests", "answer-how-to-questions", "triage-and-route-tickets"],
      note: "Resolves access requests, password resets and how-to questions in Teams or Slack and files tickets only for what it cannot solve.",
    },
    {
      tool: "servicenow-now-assist",
      effect: "automates",
      tasks: ["triage-and-route-tickets", "write-knowledge-articles", "answer-how-to-questions"],
      note: "Classifies and routes tickets, summarises them for the technician, drafts knowledge articles and powers the virtual agent employees talk to.",
    },
    {
      tool: "microsoft-security-copilot",
      effect: "augments",
      tasks: ["deploy-software-and-enrol-devices", "troubleshoot-remotely"],
      note: "Its Intune integration explains device configuration and compliance problems and suggests policy fixes.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: ["train-users", "answer-how-to-questions"],
      note: "Support teams roll it out, answer questions about it and coach colleagues on using it; it also answers many Office how-to questions itself.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["troubleshoot-remotely", "write-knowledge-articles", "answer-how-to-questions"],
      note: "Explains unfamiliar error messages, suggests troubleshooting steps and turns ticket notes into clear user instructions.",
    },
  ],
  certifications: [
    "comptia-a-plus",
    "google-it-support-professional-certificate",
    "itil-4-foundation",
    "microsoft-365-endpoint-administrator-associate",
    "comptia-network-plus",
  ],
  salary: {
    entry: { min: 40000, max: 52000, changePct: [-10, -2] },
    mid: { min: 50000, max: 65000, changePct: [-7, 1] },
    senior: { min: 62000, max: 85000, changePct: [-3, 4] },
    note: "Virtual agents cut the volume of level-one tickets, which shrinks headcount and holds down entry pay; specialists who move into endpoint engineering, systems administration or security operations escape most of the pressure.",
  },
  adaptation: [
    {
      title: "Run the virtual agent instead of competing with it",
      detail:
        "Volunteer to own the help-desk bot: write and test the knowledge it draws on, review the conversations it gets wrong and build new automated flows for common requests.",
      tasks: ["answer-how-to-questions", "write-knowledge-articles", "handle-account-requests"],
      skills: ["servicenow-now-assist", "technical-writing"],
    },
    {
      title: "Move up to endpoint and identity administration",
      detail:
        "Learn Intune, Entra ID and scripting in PowerShell well enough to design device policies rather than apply them; the Microsoft 365 Endpoint Administrator Associate is a good target.",
      tasks: ["deploy-software-and-enrol-devices", "handle-account-requests"],
      skills: ["microsoft-intune", "powershell", "identity-and-access-management"],
    },
    {
      title: "Build a path into security operations",
      detail:
        "Study for CompTIA Security+ and practise recognising phishing, compromised accounts and malware from help-desk signals; many SOC analysts start at the service desk.",
      tasks: ["spot-security-and-major-incidents"],
      skills: ["security-awareness", "incident-response"],
    },
    {
      title: "Lean into the human side",
      detail:
        "Become the person who runs AI-tool training and onboarding for employees; teaching colleagues to use copilots safely is a growing need that suits support staff.",
      tasks: ["train-users", "support-frustrated-users", "onboard-and-offboard-in-person"],
      skills: ["facilitation", "customer-service"],
    },
  ],
  related: [
    "systems-administrator",
    "network-engineer",
    "security-engineer",
    "customer-service-representative",
    "administrative-assistant",
  ],
};
