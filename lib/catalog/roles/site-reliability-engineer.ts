import type { RoleDef } from "../types";

export const siteReliabilityEngineer: RoleDef = {
  slug: "site-reliability-engineer",
  title: "Site Reliability Engineer",
  industry: "technology",
  aliases: [
    "SRE",
    "Reliability engineer",
    "Production engineer",
    "Production systems engineer",
    "Infrastructure reliability engineer",
  ],
  overview:
    "Site reliability engineers keep production services inside agreed targets for availability and latency, and spend the rest of their time engineering away the manual work that threatens those targets. The daily load mixes on-call response, observability, capacity planning and automation code. AIOps products now group alerts, read logs and traces, and draft postmortems, so the first hour of an investigation is increasingly machine-assisted. Commanding an incident, setting reliability targets with product owners and judging how a design will fail remain firmly human, and they are a growing share of the job.",
  tasks: [
    {
      slug: "triage-alerts",
      kind: "at_risk",
      title: "Triage incoming alerts and cut alert noise",
      description:
        "Sort the night's pages into real problems, duplicates and noise, and retune or delete rules that fire without need. Event-correlation tools already group and suppress much of this automatically.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "now",
      skills: [
        { skill: "observability", weight: 3 },
        { skill: "incident-management", weight: 2 },
        { skill: "prometheus", weight: 1 },
      ],
    },
    {
      slug: "automate-toil",
      kind: "at_risk",
      title: "Write code that removes operational toil",
      description:
        "Replace repeated manual steps (failovers, certificate renewals, shard rebalancing) with tools and operators written in Go or Python. Coding assistants write much of this code; defining what is safe to automate is the harder part.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "python", weight: 3 },
        { skill: "go", weight: 2 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "build-dashboards-and-queries",
      kind: "at_risk",
      title: "Build dashboards and telemetry queries",
      description:
        "Write PromQL, LogQL or vendor query language to chart the health of a service and its dependencies. Assistants translate a plain question into a working query in seconds.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "prometheus", weight: 3 },
        { skill: "grafana", weight: 2 },
        { skill: "observability", weight: 1 },
      ],
    },
    {
      slug: "localise-root-cause",
      kind: "at_risk",
      title: "Correlate logs, traces and changes to find the cause",
      description:
        "Work through telemetry and recent deploys to narrow an outage to the component, change or dependency responsible. AIOps agents now propose a probable cause with evidence, leaving people to confirm or reject it.",
      importance: 0.1,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "troubleshooting", weight: 3 },
        { skill: "distributed-systems", weight: 2 },
        { skill: "observability", weight: 2 },
      ],
    },
    {
      slug: "draft-postmortems",
      kind: "at_risk",
      title: "Assemble incident timelines and draft postmortems",
      description:
        "Collect chat logs, alerts and actions into a timeline and write the first draft of the blameless review. Incident tools generate this draft from the incident channel.",
      importance: 0.06,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "incident-management", weight: 2 },
      ],
    },
    {
      slug: "maintain-runbooks",
      kind: "at_risk",
      title: "Maintain runbooks for known failure modes",
      description:
        "Keep step-by-step recovery guides accurate as systems change. Runbooks are increasingly generated from past incidents and executed by automation rather than read by people.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "linux", weight: 1 },
      ],
    },
    {
      slug: "forecast-capacity",
      kind: "at_risk",
      title: "Forecast capacity and plan scaling",
      description:
        "Project traffic and resource growth from historical usage and upcoming launches, and size clusters and quotas ahead of demand. Forecasting models do the arithmetic; launch plans and business context still come from people.",
      importance: 0.06,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "capacity-planning", weight: 3 },
        { skill: "kubernetes", weight: 1 },
        { skill: "data-analysis", weight: 1 },
      ],
    },
    {
      slug: "command-incidents",
      kind: "safe",
      title: "Command major incidents",
      description:
        "Take charge of a live outage: assign roles, choose between risky mitigations, keep leadership and customers informed and decide when service is restored. The incident commander carries the accountability.",
      importance: 0.1,
      exposure: 0.2,
      protectedBy: ["accountability", "judgment", "leadership"],
      skills: [
        { skill: "incident-management", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "leadership", weight: 2 },
      ],
    },
    {
      slug: "set-slos-and-error-budgets",
      kind: "safe",
      title: "Negotiate SLOs and enforce error budgets",
      description:
        "Agree with product owners what reliability users actually need, and hold the line on feature freezes when a budget is spent. It is a negotiation about business priorities, not a calculation.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "slos-and-slis", weight: 3 },
        { skill: "site-reliability-engineering", weight: 2 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "review-designs-for-failure",
      kind: "safe",
      title: "Review system designs for failure modes",
      description:
        "Read proposed architectures and find the single points of failure, retry storms and unsafe dependencies before they ship. This draws on experience of how this particular estate has failed before.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["novel-design", "tacit-knowledge"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "distributed-systems", weight: 3 },
        { skill: "high-availability", weight: 1 },
      ],
    },
    {
      slug: "run-resilience-experiments",
      kind: "safe",
      title: "Design game days and chaos experiments",
      description:
        "Plan controlled failures in production-like environments, decide the blast radius and stop conditions, and turn the findings into fixes. Choosing what to break, and how far, is a judgment about risk.",
      importance: 0.06,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "chaos-engineering", weight: 3 },
        { skill: "kubernetes", weight: 1 },
      ],
    },
    {
      slug: "approve-risky-changes",
      kind: "safe",
      title: "Approve high-risk production changes",
      description:
        "Decide whether a database migration, network cutover or region move may go ahead, under which safeguards and with what rollback plan. The approver answers for the outcome.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["accountability"],
      skills: [
        { skill: "change-management", weight: 3 },
        { skill: "system-design", weight: 1 },
      ],
    },
    {
      slug: "build-on-call-culture",
      kind: "safe",
      title: "Shape on-call health and reliability culture",
      description:
        "Mentor engineers joining the rotation, spot burnout, and push teams toward blameless reviews and follow-through on action items. It rests on trust and credibility with peers.",
      importance: 0.07,
      exposure: 0.15,
      protectedBy: ["leadership", "trust"],
      skills: [
        { skill: "mentoring", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "datadog-bits-ai",
      effect: "automates",
      tasks: ["triage-alerts", "localise-root-cause", "draft-postmortems"],
      note: "Starts an investigation the moment a monitor fires and hands the on-call engineer a probable cause with the supporting telemetry.",
    },
    {
      tool: "dynatrace-davis-ai",
      effect: "automates",
      tasks: ["triage-alerts", "localise-root-cause", "forecast-capacity"],
      note: "Folds related anomalies into one problem, follows the service topology to its origin and forecasts resource exhaustion.",
    },
    {
      tool: "pagerduty-aiops",
      effect: "augments",
      tasks: ["triage-alerts", "command-incidents", "draft-postmortems"],
      note: "Suppresses and groups noisy alerts, surfaces recent changes for the incident commander and drafts status updates and the post-incident review.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["automate-toil", "build-dashboards-and-queries"],
      note: "Writes most of the Go and Python behind automation tools and operators, and telemetry queries from a plain-language comment.",
    },
    {
      tool: "k8sgpt",
      effect: "augments",
      tasks: ["localise-root-cause", "maintain-runbooks"],
      note: "Explains failing Kubernetes resources and suggests fixes that can be folded into runbooks.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["draft-postmortems", "review-designs-for-failure"],
      note: "Useful for turning a long incident channel into a readable review and for a second pass over design documents looking for failure modes.",
    },
  ],
  certifications: [
    "google-cloud-professional-cloud-devops-engineer",
    "cka",
    "prometheus-certified-associate",
    "aws-certified-devops-engineer-professional",
  ],
  salary: {
    entry: { min: 95000, max: 125000, changePct: [-4, 3] },
    mid: { min: 130000, max: 175000, changePct: [0, 6] },
    senior: { min: 170000, max: 240000, changePct: [3, 10] },
    note: "AIOps shrinks the hours spent on triage and dashboards, but more services and AI workloads mean more to keep reliable; senior engineers who command incidents and own reliability targets gain the most.",
  },
  adaptation: [
    {
      title: "Put an AI investigator in front of the pager",
      detail:
        "Feed runbooks and past incidents into Bits AI, Davis or PagerDuty so each page arrives with a probable cause; spend the saved time measuring how often the agent is right and tightening its inputs.",
      tasks: ["triage-alerts", "localise-root-cause", "maintain-runbooks"],
      skills: ["datadog-bits-ai", "observability"],
    },
    {
      title: "Lead incidents, not just join them",
      detail:
        "Train as an incident commander (for example with the PagerDuty incident response guide), run tabletop exercises and volunteer for the role on major incidents. Coordination under pressure is the least automatable part of the job.",
      tasks: ["command-incidents", "approve-risky-changes"],
      skills: ["incident-management", "leadership", "communication"],
    },
    {
      title: "Make SLOs the language of reliability",
      detail:
        "Define user-facing SLIs for each critical journey, publish error budgets and tie release policy to them so reliability debates are settled with product owners on shared numbers.",
      tasks: ["set-slos-and-error-budgets"],
      skills: ["slos-and-slis", "stakeholder-management"],
    },
    {
      title: "Specialise in reliability of AI and distributed systems",
      detail:
        "Study failure modes of GPU clusters, model-serving stacks and LLM-backed features (latency spikes, rate limits, cost runaways) and run chaos experiments against them.",
      tasks: ["review-designs-for-failure", "run-resilience-experiments"],
      skills: ["distributed-systems", "chaos-engineering", "kubernetes"],
    },
  ],
  related: [
    "devops-engineer",
    "systems-administrator",
    "cloud-architect",
    "backend-developer",
    "network-engineer",
  ],
};
