import type { RoleDef } from "../types";

export const electrician: RoleDef = {
  slug: "electrician",
  title: "Electrician",
  industry: "skilled-trades",
  socCode: "47-2111",
  aliases: [
    "Journeyman electrician",
    "Master electrician",
    "Residential electrician",
    "Commercial electrician",
    "Industrial electrician",
    "Maintenance electrician",
    "Electrical contractor",
    "Apprentice electrician",
  ],
  overview:
    "Electricians install, maintain and repair electrical systems in homes, commercial buildings and industrial plants: service panels, branch circuits, lighting, motors and controls, EV chargers and solar systems. " +
    "Almost all of the work is hands-on in buildings that are each different, under codes that carry legal liability, so AI exposure is low. " +
    "AI reaches the office side of the trade: takeoffs and estimates from drawings, code lookups, load calculations, permit paperwork, scheduling and service calls booked by field-service software. " +
    "Demand is rising with electrification (heat pumps, EV charging, solar and batteries, data centres), and electricians who add those specialties and use digital tools to quote and document faster are best placed.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "estimate-jobs-and-do-takeoffs",
      kind: "at_risk",
      title: "Estimate jobs and count material from drawings",
      description:
        "Count fixtures, devices and runs on drawings, price labour and material, and put together bids. Takeoff software with computer vision counts symbols and measures runs automatically.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "construction-estimating", weight: 3 },
        { skill: "blueprint-reading", weight: 2 },
      ],
    },
    {
      slug: "calculate-loads-and-size-circuits",
      kind: "at_risk",
      title: "Calculate loads and size conductors and conduit",
      description:
        "Work out service and feeder loads, voltage drop, conductor and breaker sizes and conduit fill for a job. Calculation apps and design software do the arithmetic; the electrician checks it against the site.",
      importance: 0.04,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "electrical-load-calculations", weight: 3 },
        { skill: "nec-code-compliance", weight: 2 },
      ],
    },
    {
      slug: "prepare-permits-and-job-paperwork",
      kind: "at_risk",
      title: "Prepare permits, invoices and job paperwork",
      description:
        "Fill in permit applications, job reports, timesheets, change orders and invoices. Field-service platforms generate most of this from the job record, photos and voice notes.",
      importance: 0.04,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "field-service-software", weight: 3 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "look-up-code-and-product-specs",
      kind: "at_risk",
      title: "Look up code requirements and product specifications",
      description:
        "Find the NEC article, local amendment or manufacturer instruction that applies to an installation. AI code assistants answer in plain language with citations to the adopted edition.",
      importance: 0.03,
      exposure: 0.55,
      timeline: "now",
      skills: [
        { skill: "nec-code-compliance", weight: 3 },
        { skill: "blueprint-reading", weight: 1 },
      ],
    },
    {
      slug: "schedule-jobs-and-order-material",
      kind: "at_risk",
      title: "Schedule jobs and order material",
      description:
        "Book customer appointments, plan the crew's week and order wire, gear and fixtures from suppliers. Dispatch and booking software increasingly does this with AI suggestions.",
      importance: 0.03,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "field-service-software", weight: 2 },
        { skill: "project-management", weight: 1 },
      ],
    },
    {
      slug: "interpret-diagnostic-readings",
      kind: "at_risk",
      title: "Interpret meter, thermal and monitoring readings",
      description:
        "Read data from meters, thermal cameras, power-quality loggers and building monitoring to narrow down a fault before opening equipment. Analytics in these instruments increasingly point to the likely cause.",
      importance: 0.04,
      exposure: 0.3,
      timeline: "3-5y",
      skills: [
        { skill: "electrical-troubleshooting", weight: 3 },
        { skill: "electrical-safety", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "rough-in-wiring-and-conduit",
      kind: "safe",
      title: "Rough in wiring and bend conduit",
      description:
        "Lay out and mount boxes, bend and run conduit, pull and terminate conductors through walls, ceilings and trenches on every kind of site.",
      importance: 0.24,
      exposure: 0.02,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "electrical-wiring", weight: 3 },
        { skill: "conduit-bending", weight: 3 },
        { skill: "blueprint-reading", weight: 1 },
      ],
    },
    {
      slug: "install-services-and-panels",
      kind: "safe",
      title: "Install and upgrade services and panels",
      description:
        "Set meters, service entrances and panelboards, make terminations and grounding and bonding connections, and coordinate shut-offs with the utility.",
      importance: 0.12,
      exposure: 0.03,
      protectedBy: ["physical-presence", "accountability"],
      skills: [
        { skill: "electrical-wiring", weight: 3 },
        { skill: "nec-code-compliance", weight: 2 },
      ],
    },
    {
      slug: "troubleshoot-and-repair-faults",
      kind: "safe",
      title: "Troubleshoot and repair faults on site",
      description:
        "Trace dead circuits, nuisance trips, shorts and failing equipment in occupied buildings, often with old or undocumented wiring, and make the repair.",
      importance: 0.14,
      exposure: 0.1,
      protectedBy: ["tacit-knowledge", "physical-presence"],
      skills: [
        { skill: "electrical-troubleshooting", weight: 3 },
        { skill: "electrical-wiring", weight: 1 },
      ],
    },
    {
      slug: "install-fixtures-equipment-and-chargers",
      kind: "safe",
      title: "Install fixtures, equipment, EV chargers and solar",
      description:
        "Mount and connect lighting, motors, controls, EV chargers, solar inverters and batteries, then commission and test them.",
      importance: 0.12,
      exposure: 0.03,
      protectedBy: ["physical-presence"],
      skills: [
        { skill: "electrical-wiring", weight: 2 },
        { skill: "ev-charger-installation", weight: 2 },
        { skill: "solar-pv-installation", weight: 1 },
      ],
    },
    {
      slug: "work-safely-and-pass-inspections",
      kind: "safe",
      title: "Work safely and pass inspections",
      description:
        "Apply lockout/tagout and arc-flash precautions, test before touch, and make sure work meets code when the inspector arrives. The licence holder is legally responsible for the installation.",
      importance: 0.08,
      exposure: 0.05,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "electrical-safety", weight: 3 },
        { skill: "nec-code-compliance", weight: 2 },
        { skill: "jobsite-safety", weight: 1 },
      ],
    },
    {
      slug: "coordinate-with-customers-and-contractors",
      kind: "safe",
      title: "Coordinate with customers and general contractors",
      description:
        "Walk jobs with homeowners and general contractors, explain options and costs, agree changes and sequence work with other trades.",
      importance: 0.08,
      exposure: 0.15,
      protectedBy: ["trust", "stakeholders"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "construction-estimating", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "servicetitan-titan-intelligence",
      effect: "automates",
      tasks: ["schedule-jobs-and-order-material", "prepare-permits-and-job-paperwork"],
      note: "Books calls, suggests dispatch and price-book options, and writes job summaries and invoices from the technician's notes.",
    },
    {
      tool: "upcodes-ai",
      effect: "augments",
      tasks: ["look-up-code-and-product-specs", "calculate-loads-and-size-circuits"],
      note: "Answers NEC and local-amendment questions with citations to the edition the jurisdiction has adopted.",
    },
    {
      tool: "togal-ai",
      effect: "automates",
      tasks: ["estimate-jobs-and-do-takeoffs"],
      note: "Reads plan sets, counts devices and fixtures and measures areas to speed up takeoffs for bids.",
    },
    {
      tool: "aurora-solar",
      effect: "augments",
      tasks: ["install-fixtures-equipment-and-chargers", "calculate-loads-and-size-circuits"],
      note: "Designs solar layouts and string sizing and produces single-line diagrams for permits, which the electrician verifies on the roof.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: [
        "prepare-permits-and-job-paperwork",
        "coordinate-with-customers-and-contractors",
        "look-up-code-and-product-specs",
      ],
      note: "Drafts quotes, customer explanations and change orders; code answers need checking against the adopted code.",
    },
  ],
  certifications: [
    "osha-30-construction",
    "nfpa-cesw",
    "nabcep-pv-installation-professional",
    "nicet-fire-alarm-systems",
  ],
  salary: {
    entry: { min: 36000, max: 50000, changePct: [3, 8] },
    mid: { min: 55000, max: 85000, changePct: [5, 10] },
    senior: { min: 80000, max: 125000, changePct: [5, 12] },
    note:
      "Entry is apprentice pay; mid is journeyman; senior covers master electricians, foremen and contractors. " +
      "A shortage of licensed electricians and demand from electrification, EV charging, solar, batteries and data centres push real pay up, most for those with those specialties.",
  },
  adaptation: [
    {
      title: "Add electrification specialties",
      detail:
        "Get trained on EV charger installation, heat-pump circuits, solar and battery systems, and consider the NABCEP PV Installation Professional credential. These are the fastest-growing kinds of work.",
      tasks: ["install-fixtures-equipment-and-chargers", "install-services-and-panels"],
      skills: ["solar-pv-installation", "ev-charger-installation", "electrical-load-calculations"],
    },
    {
      title: "Use digital tools to quote and document faster",
      detail:
        "Run estimates through takeoff software, keep job records, photos and invoices in a field-service app, and check code questions with a cited code assistant. Less office time means more billable hours.",
      tasks: [
        "estimate-jobs-and-do-takeoffs",
        "prepare-permits-and-job-paperwork",
        "look-up-code-and-product-specs",
      ],
      skills: ["togal-ai", "field-service-software", "upcodes-ai"],
    },
    {
      title: "Deepen safety and code expertise",
      detail:
        "Keep up with each NEC cycle, take NFPA 70E training and the CESW certification, and work toward your master licence. Code and safety authority is what a contractor or inspector role rests on.",
      tasks: ["work-safely-and-pass-inspections", "install-services-and-panels"],
      skills: ["electrical-safety", "nec-code-compliance"],
    },
    {
      title: "Learn controls and low-voltage systems",
      detail:
        "Build skills in lighting controls, fire alarm and building-automation wiring, where troubleshooting mixes electrical and network knowledge and pay is higher.",
      tasks: ["troubleshoot-and-repair-faults", "interpret-diagnostic-readings"],
      skills: ["fire-alarm-systems", "electrical-troubleshooting"],
    },
  ],
  related: ["plumber", "network-engineer", "sales-representative"],
};
