import type { RoleDef } from "../types";

export const engineeringManager: RoleDef = {
  slug: "engineering-manager",
  title: "Engineering Manager",
  industry: "technology",
  socCode: "11-3021",
  aliases: [
    "Software engineering manager",
    "Software development manager",
    "Head of engineering",
    "Director of engineering",
    "Development team lead",
    "IT development manager",
  ],
  overview:
    "Engineering managers lead one or more software teams: they hire and grow engineers, keep delivery on track, shape technical direction with their senior engineers, and represent the team to product and leadership. " +
    "The administrative layer of the job is exposed: meeting summaries, status reports, delivery metrics, first drafts of reviews and job descriptions are now produced by workplace assistants and engineering platforms. " +
    "The heart of the role is people and judgment: coaching, hard conversations, hiring decisions, technical trade-offs and cross-team negotiation, all of which depend on trust and accountability. " +
    "AI coding tools also change what the manager manages, so deciding how the team adopts them and how quality is kept is becoming part of the job.",
  tasks: [
    {
      slug: "compile-status-reports",
      kind: "at_risk",
      title: "Compile status and progress reports",
      description:
        "Gather progress, risks and milestones from tickets and conversations into weekly reports for product and leadership.",
      importance: 0.09,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "written-communication", weight: 3 },
        { skill: "project-management", weight: 2 },
        { skill: "jira", weight: 1 },
      ],
    },
    {
      slug: "summarise-meetings",
      kind: "at_risk",
      title: "Summarise meetings and track follow-ups",
      description:
        "Record decisions and action items from planning, retro and cross-team meetings and chase them to completion.",
      importance: 0.04,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "written-communication", weight: 2 },
        { skill: "organizational-skills", weight: 2 },
      ],
    },
    {
      slug: "draft-performance-reviews",
      kind: "at_risk",
      title: "Draft performance reviews and feedback summaries",
      description:
        "Collect peer feedback, goals and accomplishments for each report and turn them into a first written review.",
      importance: 0.05,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "performance-management", weight: 3 },
        { skill: "written-communication", weight: 2 },
      ],
    },
    {
      slug: "plan-sprints-capacity",
      kind: "at_risk",
      title: "Plan sprints, estimates and capacity",
      description:
        "Maintain capacity plans, sequence work across sprints, track dependencies and keep the delivery board accurate.",
      importance: 0.09,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "agile", weight: 3 },
        { skill: "project-management", weight: 2 },
        { skill: "jira", weight: 1 },
      ],
    },
    {
      slug: "first-pass-reviews",
      kind: "at_risk",
      title: "Review code and design documents",
      description:
        "Read pull requests and design documents for correctness, risk and consistency with team standards.",
      importance: 0.07,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "code-review", weight: 3 },
        { skill: "system-design", weight: 2 },
      ],
    },
    {
      slug: "write-job-descriptions",
      kind: "at_risk",
      title: "Write job descriptions and screen applicants",
      description:
        "Draft role descriptions and interview rubrics and screen incoming applications against them.",
      importance: 0.04,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "talent-acquisition", weight: 3 },
        { skill: "written-communication", weight: 1 },
      ],
    },
    {
      slug: "analyse-delivery-metrics",
      kind: "at_risk",
      title: "Analyse delivery and reliability metrics",
      description:
        "Track cycle time, deployment frequency, incident counts and on-call load, and spot trends worth acting on.",
      importance: 0.05,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "engineering-metrics", weight: 3 },
        { skill: "data-analysis", weight: 2 },
      ],
    },
    {
      slug: "hire-and-shape-team",
      kind: "safe",
      title: "Hire and shape the team",
      description:
        "Interview candidates, make hiring decisions, close offers and decide the mix of skills and seniority the team needs.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["judgment", "trust"],
      skills: [
        { skill: "talent-acquisition", weight: 3 },
        { skill: "interviewing", weight: 2 },
        { skill: "leadership", weight: 2 },
      ],
    },
    {
      slug: "coach-engineers",
      kind: "safe",
      title: "Coach and develop engineers",
      description:
        "Hold one-to-ones, give honest feedback, plan growth paths and create stretch opportunities for each person on the team.",
      importance: 0.12,
      exposure: 0.1,
      protectedBy: ["trust", "leadership"],
      skills: [
        { skill: "mentoring", weight: 3 },
        { skill: "people-management", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "handle-people-issues",
      kind: "safe",
      title: "Handle conflict, underperformance and wellbeing",
      description:
        "Mediate conflicts, manage underperformance fairly and with HR, notice burnout, and carry difficult news such as reorganisations.",
      importance: 0.07,
      exposure: 0.1,
      protectedBy: ["trust", "ethics", "accountability"],
      skills: [
        { skill: "people-management", weight: 3 },
        { skill: "conflict-resolution", weight: 3 },
        { skill: "emotional-intelligence", weight: 2 },
      ],
    },
    {
      slug: "set-technical-direction",
      kind: "safe",
      title: "Set technical direction with senior engineers",
      description:
        "Balance new features against technical debt, choose architecture and tooling with the team's senior engineers, and set how the team uses AI coding tools.",
      importance: 0.12,
      exposure: 0.3,
      protectedBy: ["judgment", "accountability"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "technical-leadership", weight: 3 },
      ],
    },
    {
      slug: "negotiate-across-teams",
      kind: "safe",
      title: "Negotiate scope and priorities across teams",
      description:
        "Agree timelines and scope with product, other engineering teams and leadership, push back on unrealistic plans and manage expectations upward.",
      importance: 0.1,
      exposure: 0.15,
      protectedBy: ["stakeholders", "leadership"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "negotiation", weight: 2 },
      ],
    },
    {
      slug: "own-delivery-and-incidents",
      kind: "safe",
      title: "Answer for delivery and production incidents",
      description:
        "Take responsibility when a release slips or an outage hits customers, coordinate the response and make sure follow-up actions happen.",
      importance: 0.06,
      exposure: 0.2,
      protectedBy: ["accountability", "leadership"],
      skills: [
        { skill: "incident-management", weight: 3 },
        { skill: "leadership", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "microsoft-365-copilot",
      effect: "automates",
      tasks: ["summarise-meetings", "compile-status-reports"],
      note: "Summarises Teams meetings with decisions and owners and drafts status emails from threads and documents.",
    },
    {
      tool: "atlassian-rovo",
      effect: "augments",
      tasks: ["compile-status-reports", "plan-sprints-capacity", "analyse-delivery-metrics"],
      note: "Summarises Jira progress and blockers, drafts status pages in Confluence and answers questions about the state of work.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["first-pass-reviews"],
      note: "Its pull-request review leaves first-pass comments so the manager and senior engineers focus on design and risk.",
    },
    {
      tool: "lattice-ai",
      effect: "augments",
      tasks: ["draft-performance-reviews"],
      note: "Drafts evidence-based review text from goals, feedback and one-to-one notes for the manager to rewrite and own.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-job-descriptions", "draft-performance-reviews"],
      note: "Drafts job descriptions, interview rubrics and feedback wording; the manager supplies the judgment.",
    },
  ],
  certifications: ["pmp", "pal-i", "csm", "aws-certified-developer-associate"],
  salary: {
    entry: { min: 140000, max: 180000, changePct: [-3, 3] },
    mid: { min: 170000, max: 230000, changePct: [-1, 6] },
    senior: { min: 220000, max: 320000, changePct: [2, 9] },
    note: "Flatter organisations and AI-assisted teams mean fewer managers per engineer and wider spans of control; managers who stay technical, lead AI adoption well and develop people effectively keep strong pay growth.",
  },
  adaptation: [
    {
      title: "Automate reporting and meeting admin",
      detail:
        "Let Copilot or Rovo produce meeting notes and weekly status drafts from the tools the team already uses, and spend the hours on one-to-ones.",
      tasks: ["compile-status-reports", "summarise-meetings", "analyse-delivery-metrics"],
      skills: ["microsoft-365-copilot", "atlassian-rovo"],
    },
    {
      title: "Lead AI adoption in the team",
      detail:
        "Set guidelines for AI coding tools, measure their effect on quality and cycle time, and adjust review practices accordingly.",
      tasks: ["set-technical-direction", "first-pass-reviews"],
      skills: ["github-copilot", "engineering-metrics", "technical-leadership"],
    },
    {
      title: "Invest in coaching skills",
      detail:
        "Take formal coaching or management training and ask for upward feedback each quarter; these skills are what AI cannot take over.",
      tasks: ["coach-engineers", "handle-people-issues"],
      skills: ["mentoring", "people-management", "emotional-intelligence"],
    },
    {
      title: "Stay technically credible",
      detail:
        "Keep reviewing designs and occasionally shipping small changes so your technical direction calls stay grounded.",
      tasks: ["set-technical-direction"],
      skills: ["system-design", "code-review"],
    },
    {
      title: "Sharpen cross-team negotiation",
      detail:
        "Bring data on capacity and risk to planning negotiations and practise saying no with alternatives.",
      tasks: ["negotiate-across-teams"],
      skills: ["negotiation", "stakeholder-management"],
    },
  ],
  related: [
    "product-manager",
    "solutions-architect",
    "backend-developer",
    "site-reliability-engineer",
    "cloud-architect",
  ],
};
