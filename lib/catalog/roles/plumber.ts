import type { RoleDef } from "../types";

export const plumber: RoleDef = {
  slug: "plumber",
  title: "Plumber",
  industry: "skilled-trades",
  socCode: "47-2152",
  aliases: [
    "Journeyman plumber",
    "Master plumber",
    "Service plumber",
    "Commercial plumber",
    "Pipefitter",
    "Steamfitter",
    "Gas fitter",
    "Plumbing technician",
  ],
  overview:
    "Plumbers install and repair the piping, fixtures and appliances that bring water and gas into buildings and carry waste out: supply lines, drains and vents, water heaters, gas lines and backflow devices. " +
    "It is one of the occupations least exposed to AI, because nearly every hour is physical work in cramped, unique spaces, and mistakes threaten health and property. " +
    "AI reaches the edges of the trade: booking and dispatch, flat-rate quotes, invoices and job notes, code lookups and takeoffs from drawings. " +
    "A persistent shortage of licensed plumbers keeps demand strong; those who add specialties such as backflow testing, medical gas or high-efficiency systems, and who run their paperwork digitally, do best.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "quote-service-jobs",
      kind: "at_risk",
      title: "Quote service jobs",
      description:
        "Price repairs and replacements from the flat-rate price book and present good, better and best options to the customer. Field-service software suggests options and pricing from the job history.",
      importance: 0.04,
      exposure: 0.4,
      timeline: "1-2y",
      skills: [
        { skill: "construction-estimating", weight: 2 },
        { skill: "field-service-software", weight: 2 },
      ],
    },
    {
      slug: "take-off-material-from-plans",
      kind: "at_risk",
      title: "Take off material from plans",
      description:
        "Count fixtures and measure pipe runs on construction drawings to bid new work. Takeoff software measures and counts from the plan set automatically.",
      importance: 0.03,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "construction-estimating", weight: 3 },
        { skill: "blueprint-reading", weight: 2 },
      ],
    },
    {
      slug: "write-invoices-and-job-notes",
      kind: "at_risk",
      title: "Write invoices and job notes",
      description:
        "Record what was found and done, attach photos, and send the invoice and warranty information. Field-service apps generate these from voice notes and the job record.",
      importance: 0.04,
      exposure: 0.5,
      timeline: "now",
      skills: [
        { skill: "field-service-software", weight: 3 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "look-up-code-and-fixture-specs",
      kind: "at_risk",
      title: "Look up code and fixture requirements",
      description:
        "Check plumbing-code tables, local amendments and manufacturer installation instructions for a job. AI code assistants find and explain the relevant section quickly.",
      importance: 0.03,
      exposure: 0.45,
      timeline: "now",
      skills: [
        { skill: "plumbing-code-compliance", weight: 3 },
        { skill: "pipe-sizing", weight: 1 },
      ],
    },
    {
      slug: "size-pipe-and-plan-layouts",
      kind: "at_risk",
      title: "Size pipe and plan layouts",
      description:
        "Work out fixture units, drain and vent sizes, water-supply and gas-pipe sizes, and lay out routes for new work. Design software and calculators handle more of the arithmetic.",
      importance: 0.03,
      exposure: 0.4,
      timeline: "3-5y",
      skills: [
        { skill: "pipe-sizing", weight: 3 },
        { skill: "plumbing-code-compliance", weight: 2 },
      ],
    },
    {
      slug: "schedule-calls-and-order-parts",
      kind: "at_risk",
      title: "Schedule calls and order parts",
      description:
        "Book service calls, plan the route and order fixtures and parts from suppliers. AI booking and dispatch tools now answer calls and fill the schedule.",
      importance: 0.02,
      exposure: 0.5,
      timeline: "now",
      skills: [
        { skill: "field-service-software", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "install-and-join-pipe",
      kind: "safe",
      title: "Install and join pipe",
      description:
        "Cut, fit and join copper, PEX, PVC, cast iron and steel pipe by soldering, crimping, solvent welding, threading or brazing, and hang and support it through the building.",
      importance: 0.24,
      exposure: 0.01,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "pipefitting", weight: 3 },
        { skill: "soldering-and-brazing", weight: 2 },
        { skill: "blueprint-reading", weight: 1 },
      ],
    },
    {
      slug: "diagnose-leaks-and-drain-problems",
      kind: "safe",
      title: "Diagnose leaks and drain problems",
      description:
        "Find hidden leaks, blockages and broken lines with camera inspections, pressure tests and experience of how buildings behave, then decide the fix.",
      importance: 0.14,
      exposure: 0.05,
      protectedBy: ["tacit-knowledge", "physical-presence"],
      skills: [
        { skill: "drain-and-sewer-diagnostics", weight: 3 },
        { skill: "pipefitting", weight: 1 },
      ],
    },
    {
      slug: "install-fixtures-and-water-heaters",
      kind: "safe",
      title: "Install fixtures and water heaters",
      description:
        "Set toilets, sinks, showers and appliances, and install tank and tankless water heaters with their venting, gas or electrical and safety connections.",
      importance: 0.14,
      exposure: 0.02,
      protectedBy: ["physical-presence"],
      skills: [
        { skill: "water-heater-installation", weight: 3 },
        { skill: "pipefitting", weight: 2 },
      ],
    },
    {
      slug: "install-gas-lines-and-test-backflow",
      kind: "safe",
      title: "Install gas lines and test backflow devices",
      description:
        "Run and pressure-test gas piping, and test and repair backflow preventers that protect drinking water. Both are safety-critical and tied to the plumber's licence or certification.",
      importance: 0.1,
      exposure: 0.03,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "gas-piping", weight: 3 },
        { skill: "backflow-prevention", weight: 3 },
        { skill: "plumbing-code-compliance", weight: 1 },
      ],
    },
    {
      slug: "handle-emergency-repairs",
      kind: "safe",
      title: "Handle emergency repairs",
      description:
        "Respond to burst pipes, sewer backups and gas leaks, stop the damage and make the system safe, often at night and in difficult conditions.",
      importance: 0.1,
      exposure: 0.02,
      protectedBy: ["physical-presence", "trust"],
      skills: [
        { skill: "drain-and-sewer-diagnostics", weight: 2 },
        { skill: "pipefitting", weight: 2 },
        { skill: "jobsite-safety", weight: 1 },
      ],
    },
    {
      slug: "advise-customers-on-site",
      kind: "safe",
      title: "Advise customers in their homes and businesses",
      description:
        "Explain what went wrong and the options in plain terms, earn the trust of people letting a stranger into their home, and agree the work.",
      importance: 0.09,
      exposure: 0.1,
      protectedBy: ["trust"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "customer-service", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "servicetitan-titan-intelligence",
      effect: "automates",
      tasks: ["schedule-calls-and-order-parts", "write-invoices-and-job-notes", "quote-service-jobs"],
      note: "Books calls, recommends price-book options and writes job summaries and invoices from technician notes.",
    },
    {
      tool: "upcodes-ai",
      effect: "augments",
      tasks: ["look-up-code-and-fixture-specs", "size-pipe-and-plan-layouts"],
      note: "Answers plumbing-code questions with citations to the locally adopted code and amendments.",
    },
    {
      tool: "togal-ai",
      effect: "automates",
      tasks: ["take-off-material-from-plans"],
      note: "Counts fixtures and measures runs on plan sets so bids go out faster.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["quote-service-jobs", "advise-customers-on-site", "write-invoices-and-job-notes"],
      note: "Drafts quotes, maintenance explanations and customer messages; technical answers must be checked against code and manufacturer instructions.",
    },
  ],
  certifications: [
    "asse-5110-backflow-tester",
    "asse-6010-medical-gas-installer",
    "osha-30-construction",
    "icc-residential-plumbing-inspector",
  ],
  salary: {
    entry: { min: 36000, max: 50000, changePct: [3, 8] },
    mid: { min: 55000, max: 85000, changePct: [4, 9] },
    senior: { min: 80000, max: 120000, changePct: [5, 10] },
    note:
      "Entry is apprentice pay; mid is journeyman; senior covers master plumbers, foremen and business owners. " +
      "Retirements and too few apprentices keep licensed plumbers scarce, so real pay rises; backflow, medical-gas and commercial specialties earn the most.",
  },
  adaptation: [
    {
      title: "Add certified specialties",
      detail:
        "Earn ASSE 5110 backflow tester certification and, for hospital and clinic work, ASSE 6010 medical gas installer. Certified work is regulated, recurring and better paid.",
      tasks: ["install-gas-lines-and-test-backflow"],
      skills: ["backflow-prevention", "medical-gas-systems", "soldering-and-brazing"],
    },
    {
      title: "Run the office side digitally",
      detail:
        "Use a field-service app for booking, price-book quotes, photos and invoices, and let its AI write the job notes. Less paperwork after hours means more jobs per week.",
      tasks: ["quote-service-jobs", "write-invoices-and-job-notes", "schedule-calls-and-order-parts"],
      skills: ["field-service-software", "servicetitan-titan-intelligence"],
    },
    {
      title: "Learn high-efficiency and water-quality systems",
      detail:
        "Get trained on tankless and heat-pump water heaters, water treatment and leak-detection devices, which customers increasingly ask for.",
      tasks: ["install-fixtures-and-water-heaters", "diagnose-leaks-and-drain-problems"],
      skills: ["water-heater-installation", "drain-and-sewer-diagnostics"],
    },
    {
      title: "Build toward a master licence or inspector role",
      detail:
        "Study the plumbing code in depth and practise pipe sizing and layout; the ICC plumbing inspector certification opens inspection and code-consulting work later in a career.",
      tasks: ["size-pipe-and-plan-layouts", "look-up-code-and-fixture-specs"],
      skills: ["plumbing-code-compliance", "pipe-sizing", "upcodes-ai"],
    },
  ],
  related: ["electrician", "sales-representative", "customer-service-representative"],
};
