import type { RoleDef } from "../types";

export const salesRepresentative: RoleDef = {
  slug: "sales-representative",
  title: "Sales Representative",
  industry: "customer-service",
  socCode: "41-4012",
  aliases: [
    "Account executive",
    "Outside sales representative",
    "Inside sales representative",
    "Territory sales representative",
    "B2B sales representative",
    "Wholesale sales representative",
    "Business development representative",
    "Sales executive",
  ],
  overview:
    "Sales representatives find business customers, understand what they need, and sell them products or supplies, then keep and grow those accounts. " +
    "The desk work around selling (researching prospects, writing outreach sequences, logging calls, building quotes and forecasts, answering product and order questions) is increasingly handled by sales-engagement platforms and AI built into the CRM. " +
    "The parts that decide deals stay with people: discovery conversations where buyers admit what really hurts, negotiation, site visits and demonstrations, and relationships that make a customer call you first. " +
    "Representatives who let AI run their research and admin and spend the time gained in front of customers, with sharper discovery and negotiation, win more; those whose job was mostly volume outreach are the ones being replaced.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "research-prospects-and-build-lists",
      kind: "at_risk",
      title: "Research prospects and build target lists",
      description:
        "Find companies that fit the ideal customer profile, identify buyers and their contact details, and note triggers such as new sites, funding or hires. Sales-intelligence tools now build and enrich these lists automatically.",
      importance: 0.11,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "sales-prospecting", weight: 3 },
        { skill: "linkedin-sales-navigator", weight: 2 },
        { skill: "crm", weight: 1 },
      ],
    },
    {
      slug: "write-outreach-and-follow-ups",
      kind: "at_risk",
      title: "Write outreach emails and follow-up sequences",
      description:
        "Write first-touch emails, LinkedIn messages and follow-ups personalised to each prospect, and recap emails after meetings. AI writes personalised sequences from the prospect's data and sends them on schedule.",
      importance: 0.11,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "sales-prospecting", weight: 3 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "update-crm-and-log-activity",
      kind: "at_risk",
      title: "Update the CRM and log activity",
      description:
        "Record calls, meetings and next steps, move deals between stages and keep contact records current. Call recorders and CRM assistants now capture the activity and update fields automatically.",
      importance: 0.08,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "crm-pipeline-management", weight: 3 },
        { skill: "salesforce", weight: 2 },
      ],
    },
    {
      slug: "prepare-quotes-and-proposals",
      kind: "at_risk",
      title: "Prepare quotes and proposals",
      description:
        "Price orders from the price list and discount rules, assemble proposals and answer standard questionnaire and tender sections. Quote tools and AI drafting fill most of this from templates and past answers.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "proposal-writing", weight: 3 },
        { skill: "product-knowledge", weight: 2 },
      ],
    },
    {
      slug: "forecast-pipeline",
      kind: "at_risk",
      title: "Forecast the pipeline",
      description:
        "Estimate which deals will close this month and quarter and report the number to the sales manager. Revenue-intelligence tools now score deal risk from calls and emails and produce the forecast.",
      importance: 0.06,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "sales-forecasting", weight: 3 },
        { skill: "crm-pipeline-management", weight: 2 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "answer-product-and-order-questions",
      kind: "at_risk",
      title: "Answer product, stock and order questions",
      description:
        "Reply to customers about specifications, compatibility, lead times, stock and order status. Buyer-facing AI assistants and portals increasingly answer these directly.",
      importance: 0.08,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "product-knowledge", weight: 3 },
        { skill: "customer-service", weight: 2 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "run-discovery-conversations",
      kind: "safe",
      title: "Run discovery conversations",
      description:
        "Ask the questions that uncover the buyer's real problem, budget, decision process and competing options, and read what is not said. Buyers share this with a person they trust, not with a bot.",
      importance: 0.12,
      exposure: 0.2,
      protectedBy: ["trust", "judgment"],
      skills: [
        { skill: "consultative-selling", weight: 3 },
        { skill: "active-listening", weight: 2 },
      ],
    },
    {
      slug: "negotiate-and-close-deals",
      kind: "safe",
      title: "Negotiate and close deals",
      description:
        "Handle objections, trade price against volume, terms and service, bring in the right people on both sides and ask for the order.",
      importance: 0.11,
      exposure: 0.15,
      protectedBy: ["judgment", "stakeholders"],
      skills: [
        { skill: "negotiation", weight: 3 },
        { skill: "consultative-selling", weight: 2 },
      ],
    },
    {
      slug: "manage-key-account-relationships",
      kind: "safe",
      title: "Manage and grow key accounts",
      description:
        "Visit important customers, run business reviews, spot new needs and protect the account when problems happen. Long relationships and face-to-face contact are what keep customers from switching.",
      importance: 0.11,
      exposure: 0.15,
      protectedBy: ["trust", "stakeholders", "physical-presence"],
      skills: [
        { skill: "account-management", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "demonstrate-products-on-site",
      kind: "safe",
      title: "Demonstrate products on site and at trade shows",
      description:
        "Show products working at the customer's site, run trials and samples, and work trade-show stands, adapting the demonstration to the people in the room.",
      importance: 0.08,
      exposure: 0.15,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "product-demonstration", weight: 3 },
        { skill: "presentation-skills", weight: 2 },
      ],
    },
    {
      slug: "coordinate-deals-internally",
      kind: "safe",
      title: "Push deals through internally",
      description:
        "Work with pricing, credit, operations and logistics to get special prices, terms and delivery dates approved, and resolve what goes wrong after the sale.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["stakeholders", "tacit-knowledge"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "negotiation", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "gong",
      effect: "augments",
      tasks: ["forecast-pipeline", "update-crm-and-log-activity", "run-discovery-conversations"],
      note: "Records and analyses calls, flags deal risks, forecasts the pipeline and shows what top performers do differently in discovery.",
    },
    {
      tool: "salesforce-agentforce",
      effect: "automates",
      tasks: ["update-crm-and-log-activity", "forecast-pipeline", "write-outreach-and-follow-ups"],
      note: "Einstein and Agentforce features score leads, summarise opportunities, update records and draft follow-up emails in Sales Cloud.",
    },
    {
      tool: "hubspot-breeze",
      effect: "automates",
      tasks: [
        "research-prospects-and-build-lists",
        "write-outreach-and-follow-ups",
        "update-crm-and-log-activity",
      ],
      note: "Prospecting agent researches accounts and writes personalised outreach; the CRM assistant enriches records and summarises deals.",
    },
    {
      tool: "apollo-io",
      effect: "automates",
      tasks: ["research-prospects-and-build-lists", "write-outreach-and-follow-ups"],
      note: "Builds target lists from its contact database and runs AI-written email sequences.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: [
        "prepare-quotes-and-proposals",
        "research-prospects-and-build-lists",
        "negotiate-and-close-deals",
      ],
      note: "Drafts proposals, researches an account before a meeting and helps rehearse objections and negotiation positions.",
    },
  ],
  certifications: [
    "hubspot-inbound-sales",
    "salesforce-certified-associate",
    "cpsa-certified-sales-professional",
  ],
  salary: {
    entry: { min: 40000, max: 60000, changePct: [-8, -2] },
    mid: { min: 60000, max: 90000, changePct: [0, 5] },
    senior: { min: 90000, max: 140000, changePct: [3, 8] },
    note:
      "Base pay only; commission often adds 30–100 %. Entry-level roles built on outbound volume are shrinking as AI handles prospecting and sequencing, so junior pay softens. " +
      "Experienced representatives who own key accounts and complex deals gain, since AI removes their admin and lets them carry larger territories.",
  },
  adaptation: [
    {
      title: "Hand research and admin to AI, and keep the selling time",
      detail:
        "Let the CRM assistant log calls and update stages, and let a prospecting tool build lists and first drafts. Track how many more customer conversations you have each week as a result.",
      tasks: [
        "update-crm-and-log-activity",
        "research-prospects-and-build-lists",
        "write-outreach-and-follow-ups",
      ],
      skills: ["hubspot-breeze", "salesforce-agentforce", "apollo-io"],
    },
    {
      title: "Sharpen discovery and negotiation",
      detail:
        "Study a consultative method such as SPIN or MEDDIC, review your own recorded calls for talk ratio and questions asked, and rehearse negotiations. These skills decide the deals AI cannot close.",
      tasks: ["run-discovery-conversations", "negotiate-and-close-deals"],
      skills: ["consultative-selling", "negotiation", "gong"],
    },
    {
      title: "Become the account owner, not the order taker",
      detail:
        "Run structured business reviews with your top accounts, map their decision makers and plan how to grow each one. Portals will take over simple reorders; account strategy stays with you.",
      tasks: ["manage-key-account-relationships", "coordinate-deals-internally"],
      skills: ["account-management", "stakeholder-management"],
    },
    {
      title: "Know the product better than the chatbot",
      detail:
        "Go deep on applications, installation and the problems your product solves on site, so your demonstrations and advice go beyond what the specification sheet and AI can say.",
      tasks: ["demonstrate-products-on-site", "answer-product-and-order-questions"],
      skills: ["product-knowledge", "product-demonstration"],
    },
  ],
  related: ["customer-service-representative", "marketing-manager", "solutions-architect", "product-manager"],
};
