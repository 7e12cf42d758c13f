import type { RoleDef } from "../types";

export const customerServiceRepresentative: RoleDef = {
  slug: "customer-service-representative",
  title: "Customer Service Representative",
  industry: "customer-service",
  socCode: "43-4051",
  aliases: [
    "Customer support representative",
    "Customer service agent",
    "Customer care specialist",
    "Call center agent",
    "Contact center representative",
    "Support agent",
    "Client services representative",
    "Customer support specialist",
  ],
  overview:
    "Customer service representatives answer customers by phone, chat, email and social messages: order and billing questions, returns, account changes and basic troubleshooting. " +
    "It is among the jobs most exposed to AI, because the bulk of contacts are repetitive questions with answers in a knowledge base, and AI agents from Zendesk, Intercom, Salesforce and others now resolve a large share of them end to end, while agent-assist tools write replies and wrap-up notes for the rest. " +
    "The contacts left for people are the hard ones: angry or distressed customers, problems that cross several departments, and cases where someone must decide to make an exception. " +
    "Representatives who become the escalation tier, train and supervise the AI agents, or move into quality, knowledge and customer-success work are the ones with a path forward.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "answer-routine-inquiries",
      kind: "at_risk",
      title: "Answer routine questions",
      description:
        "Respond to questions about order status, delivery, billing, passwords, opening hours and policies across phone, chat and email. AI agents grounded in the help centre now resolve most of these without a person.",
      importance: 0.27,
      exposure: 0.92,
      timeline: "now",
      skills: [
        { skill: "customer-service", weight: 3 },
        { skill: "written-communication", weight: 2 },
        { skill: "zendesk", weight: 1 },
      ],
    },
    {
      slug: "triage-and-route-tickets",
      kind: "at_risk",
      title: "Triage and route tickets",
      description:
        "Read incoming requests, tag the reason and priority, and send each to the right queue or team. Help-desk AI classifies intent, language and sentiment and routes tickets automatically.",
      importance: 0.08,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "help-desk-ticketing", weight: 3 },
        { skill: "customer-service", weight: 1 },
      ],
    },
    {
      slug: "process-returns-refunds-and-account-changes",
      kind: "at_risk",
      title: "Process returns, refunds and account changes",
      description:
        "Issue return labels, refunds within policy, address and plan changes, and cancellations in the order and billing systems. AI agents connected to these systems now complete the standard cases themselves.",
      importance: 0.12,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "order-management", weight: 3 },
        { skill: "crm", weight: 2 },
      ],
    },
    {
      slug: "write-case-notes-and-summaries",
      kind: "at_risk",
      title: "Write case notes and call summaries",
      description:
        "Record what the customer asked, what was done and what is still open after each contact. Agent-assist tools transcribe the conversation and write the wrap-up note and disposition automatically.",
      importance: 0.07,
      exposure: 0.95,
      timeline: "now",
      skills: [
        { skill: "crm", weight: 2 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "guide-scripted-troubleshooting",
      kind: "at_risk",
      title: "Walk customers through standard troubleshooting",
      description:
        "Follow knowledge-base steps to fix common product, device or account problems with the customer. AI agents follow the same procedures, and for voice contacts they are improving quickly.",
      importance: 0.1,
      exposure: 0.8,
      timeline: "1-2y",
      skills: [
        { skill: "troubleshooting", weight: 3 },
        { skill: "knowledge-management", weight: 1 },
      ],
    },
    {
      slug: "send-proactive-updates-and-followups",
      kind: "at_risk",
      title: "Send proactive updates and follow-ups",
      description:
        "Call or message customers about delays, appointment reminders, satisfaction surveys and scripted renewal or upgrade offers. Automated messaging and outbound AI voice agents handle these at scale.",
      importance: 0.05,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "customer-service", weight: 2 },
        { skill: "crm", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "de-escalate-upset-customers",
      kind: "safe",
      title: "Calm and win back upset customers",
      description:
        "Take over conversations with customers who are angry, threatening to leave or already let down by an automated channel, listen, acknowledge and agree a way forward. Customers who reach a person at this point expect a person.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["trust"],
      skills: [
        { skill: "customer-de-escalation", weight: 3 },
        { skill: "empathy", weight: 2 },
        { skill: "active-listening", weight: 2 },
      ],
    },
    {
      slug: "own-complex-cases-to-resolution",
      kind: "safe",
      title: "Own complex cases through to resolution",
      description:
        "Take problems that span billing, logistics and technical teams, chase each part and keep the customer informed until it is fixed. Knowing who to ask and how to push inside the company is learned on the job.",
      importance: 0.08,
      exposure: 0.35,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "problem-solving", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "decide-policy-exceptions",
      kind: "safe",
      title: "Decide on exceptions and goodwill gestures",
      description:
        "Judge when to refund outside policy, waive a fee or offer a credit to keep a customer, within the authority the representative holds and with the reason recorded.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "customer-service", weight: 2 },
        { skill: "problem-solving", weight: 2 },
      ],
    },
    {
      slug: "support-vulnerable-customers",
      kind: "safe",
      title: "Support vulnerable customers",
      description:
        "Recognise customers in distress, bereavement, financial hardship or fraud situations, or with accessibility needs, and handle them with care and the right referrals, as regulators in banking, utilities and telecoms require.",
      importance: 0.04,
      exposure: 0.15,
      protectedBy: ["trust", "ethics"],
      skills: [
        { skill: "empathy", weight: 3 },
        { skill: "active-listening", weight: 2 },
      ],
    },
    {
      slug: "improve-knowledge-base-and-ai-answers",
      kind: "safe",
      title: "Improve the knowledge base and AI answers",
      description:
        "Spot recurring problems, report them to product teams, fix knowledge articles and review where the AI agent answered badly so it improves.",
      importance: 0.04,
      exposure: 0.4,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "knowledge-management", weight: 3 },
        { skill: "voice-of-customer", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "zendesk-ai",
      effect: "automates",
      tasks: ["answer-routine-inquiries", "triage-and-route-tickets", "write-case-notes-and-summaries"],
      note: "AI agents resolve routine tickets end to end; intelligent triage tags intent and sentiment and routes the rest; the agent copilot drafts replies and summaries.",
    },
    {
      tool: "intercom-fin",
      effect: "automates",
      tasks: [
        "answer-routine-inquiries",
        "guide-scripted-troubleshooting",
        "process-returns-refunds-and-account-changes",
      ],
      note: "Answers and resolves chat, email and voice conversations from the help centre and connected procedures, handing over to a representative with context.",
    },
    {
      tool: "salesforce-agentforce",
      effect: "automates",
      tasks: [
        "answer-routine-inquiries",
        "process-returns-refunds-and-account-changes",
        "send-proactive-updates-and-followups",
      ],
      note: "Service agents in Salesforce act on orders and accounts directly and draft replies and case summaries for representatives.",
    },
    {
      tool: "cresta",
      effect: "augments",
      tasks: [
        "de-escalate-upset-customers",
        "own-complex-cases-to-resolution",
        "write-case-notes-and-summaries",
      ],
      note: "Live guidance during calls suggests answers and next steps, flags compliance phrases and writes the wrap-up note.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["improve-knowledge-base-and-ai-answers", "own-complex-cases-to-resolution"],
      note: "Helps draft clear knowledge articles and careful written replies to complicated complaints.",
    },
  ],
  certifications: ["hdi-customer-service-representative", "ccxp", "salesforce-certified-associate"],
  salary: {
    entry: { min: 32000, max: 40000, changePct: [-10, -3] },
    mid: { min: 38000, max: 48000, changePct: [-6, 0] },
    senior: { min: 45000, max: 62000, changePct: [0, 5] },
    note:
      "Headcount for tier-1 contact handling is falling as AI agents absorb routine volume, which keeps entry pay flat to lower in real terms. " +
      "Escalation specialists, team leads, quality and knowledge roles, and people who manage AI agents see stable or rising pay because the remaining work is harder.",
  },
  adaptation: [
    {
      title: "Become the escalation specialist",
      detail:
        "Ask to take escalated and retention contacts, and train in de-escalation and complaint handling. As bots take the easy contacts, every human contact is a hard one, and employers pay for people who handle them well.",
      tasks: ["de-escalate-upset-customers", "own-complex-cases-to-resolution", "decide-policy-exceptions"],
      skills: ["customer-de-escalation", "problem-solving", "empathy"],
    },
    {
      title: "Learn to train and supervise the AI agent",
      detail:
        "Volunteer to review AI-agent conversations, fix the knowledge articles and procedures behind wrong answers, and measure its resolution rate. This is a new role on most support teams and it goes to people who know the customers.",
      tasks: ["improve-knowledge-base-and-ai-answers"],
      skills: ["knowledge-management", "zendesk-ai", "intercom-fin"],
    },
    {
      title: "Move toward customer success or quality",
      detail:
        "Learn the CRM well, track customer health and renewals, or join the quality team scoring conversations. These roles keep the customer knowledge and add account ownership.",
      tasks: ["own-complex-cases-to-resolution", "improve-knowledge-base-and-ai-answers"],
      skills: ["account-management", "crm", "voice-of-customer"],
    },
    {
      title: "Get certified in service practice",
      detail:
        "Take the HDI Customer Service Representative certification, then consider CCXP once you work on customer experience programmes. Certifications help when applying for lead and specialist positions.",
      tasks: ["de-escalate-upset-customers", "support-vulnerable-customers"],
      skills: ["customer-service", "active-listening"],
    },
  ],
  related: ["sales-representative", "it-support-specialist", "administrative-assistant", "hr-specialist"],
};
