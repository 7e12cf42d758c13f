import type { RoleDef } from "../types";

export const marketingManager: RoleDef = {
  slug: "marketing-manager",
  title: "Marketing Manager",
  industry: "marketing-media",
  socCode: "11-2021",
  aliases: [
    "Digital marketing manager",
    "Growth marketing manager",
    "Demand generation manager",
    "Brand manager",
    "Integrated marketing manager",
    "Campaign manager",
    "Head of marketing",
    "Marketing lead",
  ],
  overview:
    "Marketing managers decide who a company sells to, what it says to them and where the budget goes, then run the campaigns and the people and agencies that carry the plan out. " +
    "Much of the production work around campaigns (performance reports, ad and email copy variants, bid and budget changes, competitor summaries) is now done by ad-platform automation and writing assistants, so the hours once spent assembling it are shrinking. " +
    "What stays with the manager is the positioning choice, the budget bet and the answer to leadership when the numbers miss, along with launches that need product, sales and agencies pulling the same way. " +
    "Managers who can steer automated ad systems with clean data and clear goals, and who measure incrementality rather than platform-reported wins, gain influence as execution gets cheaper.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "compile-campaign-performance-reports",
      kind: "at_risk",
      title: "Compile campaign performance reports",
      description:
        "Pull spend, reach, conversion and pipeline figures from ad platforms, analytics and the CRM into weekly and monthly dashboards and explain what moved. Analytics assistants now assemble the report and a first commentary on request.",
      importance: 0.12,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "marketing-analytics", weight: 3 },
        { skill: "google-analytics", weight: 2 },
        { skill: "excel", weight: 1 },
      ],
    },
    {
      slug: "draft-campaign-copy-and-briefs",
      kind: "at_risk",
      title: "Draft campaign copy and creative briefs",
      description:
        "Write ad headlines, email and landing-page text and the briefs handed to designers and agencies for each campaign. Generative tools produce many on-brand variants in minutes; the manager picks, tightens and approves.",
      importance: 0.1,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "copywriting", weight: 3 },
        { skill: "campaign-planning", weight: 2 },
        { skill: "brand-voice", weight: 1 },
      ],
    },
    {
      slug: "tune-paid-media-bids-and-budgets",
      kind: "at_risk",
      title: "Tune paid-media bids, budgets and audiences",
      description:
        "Adjust bids, daily budgets, audiences and placements across search and social campaigns to hit cost-per-acquisition targets. Platform automation such as Performance Max and Advantage+ now makes most of these moves itself.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "paid-media", weight: 3 },
        { skill: "google-ads", weight: 2 },
        { skill: "ab-testing", weight: 1 },
      ],
    },
    {
      slug: "build-segments-and-nurture-flows",
      kind: "at_risk",
      title: "Build audience segments and nurture flows",
      description:
        "Define segments in the marketing-automation platform, set lead-scoring rules and build the email and in-app journeys each segment receives. AI features in these platforms now suggest segments, send times and whole journeys.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "marketing-automation", weight: 3 },
        { skill: "audience-segmentation", weight: 2 },
        { skill: "hubspot", weight: 1 },
      ],
    },
    {
      slug: "summarize-market-and-competitor-research",
      kind: "at_risk",
      title: "Summarise market and competitor research",
      description:
        "Collect competitors' messaging, pricing and launches, survey results and analyst reports into briefs for planning meetings. Research assistants with web access now produce a sourced first version in minutes.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "market-research", weight: 3 },
        { skill: "competitive-analysis", weight: 2 },
      ],
    },
    {
      slug: "plan-content-calendar-and-seo",
      kind: "at_risk",
      title: "Plan the content calendar and SEO topics",
      description:
        "Choose keyword clusters, map them to articles, pages and social posts, and schedule who produces what each month. SEO tools with AI now propose topic clusters and outlines from search data.",
      importance: 0.06,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "content-strategy", weight: 3 },
        { skill: "seo", weight: 2 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "set-positioning-and-marketing-plan",
      kind: "safe",
      title: "Set positioning and the annual marketing plan",
      description:
        "Decide which segments to pursue, how the product is positioned against rivals and which channels get emphasis, and tie the plan to revenue targets. AI can surface options, but choosing and owning the bet is a judgment call leadership holds the manager to.",
      importance: 0.12,
      exposure: 0.2,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "marketing-strategy", weight: 3 },
        { skill: "brand-strategy", weight: 2 },
        { skill: "go-to-market-strategy", weight: 2 },
      ],
    },
    {
      slug: "own-budget-and-prove-roi",
      kind: "safe",
      title: "Own the budget and prove return on spend",
      description:
        "Split the budget across channels, cut what does not pay back, and defend results to finance and executives with incrementality tests and attribution that go beyond what ad platforms report about themselves.",
      importance: 0.09,
      exposure: 0.2,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "budgeting", weight: 3 },
        { skill: "marketing-analytics", weight: 2 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "lead-cross-functional-launches",
      kind: "safe",
      title: "Lead cross-functional launches",
      description:
        "Coordinate product, sales, customer success and agencies around a launch date: agree the message, enablement, timing and what happens when something slips. The work is negotiation among people with different goals.",
      importance: 0.1,
      exposure: 0.15,
      protectedBy: ["stakeholders", "leadership"],
      skills: [
        { skill: "campaign-planning", weight: 3 },
        { skill: "project-management", weight: 2 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "manage-team-and-agencies",
      kind: "safe",
      title: "Manage the marketing team and agencies",
      description:
        "Hire and coach marketers, set priorities, review creative and hold agencies to scope and results. Teams now include AI workflows, so the manager also decides what people keep doing and what they hand to tools.",
      importance: 0.09,
      exposure: 0.1,
      protectedBy: ["leadership", "trust"],
      skills: [
        { skill: "leadership", weight: 3 },
        { skill: "coaching", weight: 2 },
        { skill: "vendor-management", weight: 1 },
      ],
    },
    {
      slug: "protect-brand-and-compliance",
      kind: "safe",
      title: "Protect the brand and keep campaigns compliant",
      description:
        "Approve claims, check consent and privacy rules for targeting, decide what AI-generated material may be published, and respond when a campaign causes a backlash. The manager answers for it legally and publicly.",
      importance: 0.07,
      exposure: 0.2,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "advertising-compliance", weight: 3 },
        { skill: "brand-strategy", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "google-ads-performance-max",
      effect: "automates",
      tasks: ["tune-paid-media-bids-and-budgets"],
      note: "Sets bids, audiences and placements across Google's inventory from a conversion goal, so the manager's job moves to feeding it good conversion data, assets and exclusions.",
    },
    {
      tool: "meta-advantage-plus",
      effect: "automates",
      tasks: ["tune-paid-media-bids-and-budgets", "draft-campaign-copy-and-briefs"],
      note: "Runs targeting, budget split and creative variation on Facebook and Instagram with little manual setup.",
    },
    {
      tool: "hubspot-breeze",
      effect: "augments",
      tasks: [
        "build-segments-and-nurture-flows",
        "draft-campaign-copy-and-briefs",
        "compile-campaign-performance-reports",
      ],
      note: "Drafts emails and landing pages, suggests segments and builds campaign reports inside the marketing-automation platform.",
    },
    {
      tool: "jasper",
      effect: "augments",
      tasks: ["draft-campaign-copy-and-briefs", "plan-content-calendar-and-seo"],
      note: "Produces campaign copy and content in a trained brand voice and repurposes one asset into many channel formats.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: [
        "summarize-market-and-competitor-research",
        "compile-campaign-performance-reports",
        "set-positioning-and-marketing-plan",
      ],
      note: "Deep-research mode drafts sourced competitor briefs; data analysis turns exported campaign data into charts and a first commentary.",
    },
    {
      tool: "microsoft-365-copilot",
      effect: "augments",
      tasks: ["compile-campaign-performance-reports", "lead-cross-functional-launches"],
      note: "Summarises launch meetings and mail threads and builds review decks from spreadsheets.",
    },
  ],
  certifications: [
    "ama-pcm-marketing-management",
    "google-ads-search-certification",
    "meta-certified-digital-marketing-associate",
    "hubspot-inbound-marketing",
  ],
  salary: {
    entry: { min: 70000, max: 100000, changePct: [-5, 0] },
    mid: { min: 100000, max: 150000, changePct: [0, 5] },
    senior: { min: 150000, max: 230000, changePct: [3, 8] },
    note:
      "Senior marketing leaders who own revenue outcomes keep gaining in real terms; junior manager roles built around channel execution face flat or slightly falling pay as platforms automate bidding, targeting and reporting. " +
      "Managers who can prove incrementality and run lean, AI-assisted teams command the premium.",
  },
  adaptation: [
    {
      title: "Learn to steer automated ad systems",
      detail:
        "Run Performance Max and Advantage+ campaigns with offline conversion imports, value rules and brand exclusions, and compare them against a held-out control. The skill is feeding the machine the right signals, not pulling levers it now pulls itself.",
      tasks: ["tune-paid-media-bids-and-budgets", "own-budget-and-prove-roi"],
      skills: ["paid-media", "google-ads-performance-max", "meta-advantage-plus"],
    },
    {
      title: "Measure incrementality, not platform claims",
      detail:
        "Set up geo holdout or conversion-lift tests and a simple media-mix model for your largest channels. Being the person who can say which spend really works protects the budget conversation.",
      tasks: ["own-budget-and-prove-roi", "compile-campaign-performance-reports"],
      skills: ["marketing-analytics", "ab-testing", "data-analysis"],
    },
    {
      title: "Build an AI content workflow with guardrails",
      detail:
        "Train a brand voice in Jasper or HubSpot Breeze, write a short policy on disclosure, claims and image rights, and set a review step before anything ships. Output per marketer rises while brand risk stays controlled.",
      tasks: ["draft-campaign-copy-and-briefs", "protect-brand-and-compliance"],
      skills: ["jasper", "hubspot-breeze", "advertising-compliance"],
    },
    {
      title: "Spend the time saved on positioning and launches",
      detail:
        "Take ownership of a positioning refresh or a major launch: customer interviews, message testing, sales enablement. This is the strategic work that automation frees time for and that leadership notices.",
      tasks: ["set-positioning-and-marketing-plan", "lead-cross-functional-launches"],
      skills: ["marketing-strategy", "go-to-market-strategy", "stakeholder-management"],
    },
  ],
  related: ["copywriter", "graphic-designer", "sales-representative", "product-manager", "data-analyst"],
};
