import type { RoleDef } from "../types";

export const frontendDeveloper: RoleDef = {
  slug: "frontend-developer",
  title: "Frontend Developer",
  industry: "technology",
  socCode: "15-1254",
  aliases: [
    "Front-end developer",
    "Frontend engineer",
    "Front-end engineer",
    "UI developer",
    "UI engineer",
    "Web developer",
    "React developer",
    "JavaScript developer",
    "Angular developer",
    "Vue developer",
  ],
  overview:
    "Frontend developers build what users see and touch in a web application: components, layouts, forms, client-side state and the calls that fetch data. " +
    "It is one of the most AI-exposed engineering roles, because turning a design or a screenshot into React and CSS is exactly what tools like v0, Copilot and Cursor now do in minutes. " +
    "What stays with people is the judgment around the code: an architecture that a growing team can change safely, interfaces that work for keyboard and screen-reader users, pages that stay fast on cheap phones, and the back-and-forth with designers about how an interaction should feel. " +
    "Developers who own accessibility, performance and the design system, and who use generators for the first draft, keep their value.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "build-ui-components",
      kind: "at_risk",
      title: "Build UI components from designs",
      description:
        "Translate Figma frames into components such as forms, tables, modals and cards, with their props and states. Generators produce a working first version from a design or screenshot, leaving the developer to fit it to the codebase.",
      importance: 0.16,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "react", weight: 3 },
        { skill: "typescript", weight: 2 },
        { skill: "html", weight: 1 },
      ],
    },
    {
      slug: "write-styles-layouts",
      kind: "at_risk",
      title: "Write styles and responsive layouts",
      description:
        "Write CSS or Tailwind for spacing, grids and breakpoints so pages work from phone to wide screen. Assistants handle the common layouts reliably; unusual designs still need hand work.",
      importance: 0.1,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "css", weight: 3 },
        { skill: "tailwind-css", weight: 2 },
        { skill: "responsive-design", weight: 2 },
      ],
    },
    {
      slug: "connect-ui-to-apis",
      kind: "at_risk",
      title: "Connect screens to APIs and manage client state",
      description:
        "Fetch and cache data, handle loading and error states, and keep forms and client state in sync with the server. Given an API schema, coding assistants write most of this plumbing.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "javascript", weight: 2 },
        { skill: "typescript", weight: 2 },
        { skill: "rest-api", weight: 1 },
        { skill: "state-management", weight: 2 },
      ],
    },
    {
      slug: "write-frontend-tests",
      kind: "at_risk",
      title: "Write component and end-to-end tests",
      description:
        "Write unit tests for components and hooks and browser tests for key user journeys. Test generation from the component code is one of the most mature AI uses.",
      importance: 0.08,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "jest", weight: 2 },
        { skill: "playwright", weight: 2 },
        { skill: "unit-testing", weight: 1 },
      ],
    },
    {
      slug: "fix-ui-bugs",
      kind: "at_risk",
      title: "Fix UI bugs and browser differences",
      description:
        "Track down rendering glitches, broken states and browser-specific behaviour reported by users or QA, and patch them. Assistants find many causes from the error and the component source.",
      importance: 0.07,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "debugging", weight: 3 },
        { skill: "javascript", weight: 2 },
      ],
    },
    {
      slug: "upgrade-frontend-stack",
      kind: "at_risk",
      title: "Upgrade frameworks and migrate legacy code",
      description:
        "Move code between framework versions, from JavaScript to TypeScript, or from an old library to a new one. Agents now carry out much of a mechanical migration file by file.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "typescript", weight: 2 },
        { skill: "refactoring", weight: 2 },
      ],
    },
    {
      slug: "build-pages-prototypes",
      kind: "at_risk",
      title: "Build marketing pages and clickable prototypes",
      description:
        "Produce landing pages, campaign pages and throw-away prototypes for user testing. Prompt-to-app tools build these almost end to end.",
      importance: 0.06,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "html", weight: 2 },
        { skill: "css", weight: 2 },
        { skill: "nextjs", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "design-frontend-architecture",
      kind: "safe",
      title: "Design the frontend architecture",
      description:
        "Choose rendering strategy (server, static or client), routing, data-fetching and state patterns, and module boundaries so that many developers can work on the app without breaking it. The right call depends on the product and team.",
      importance: 0.08,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "system-design", weight: 2 },
        { skill: "nextjs", weight: 2 },
        { skill: "react", weight: 2 },
      ],
    },
    {
      slug: "ensure-accessibility",
      kind: "safe",
      title: "Make interfaces accessible",
      description:
        "Make the interface usable by keyboard and screen reader, with correct semantics, focus handling and contrast, and test it with real assistive technology. Automated checkers find only part of the problems, and legal exposure falls on the company.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["ethics", "judgment", "accountability"],
      skills: [
        { skill: "web-accessibility", weight: 3 },
        { skill: "html", weight: 2 },
      ],
    },
    {
      slug: "optimize-web-performance",
      kind: "safe",
      title: "Keep pages fast on real devices",
      description:
        "Measure Core Web Vitals in the field, cut bundle size, fix slow renders and hydration problems, and hold the line on performance budgets as features are added.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["tacit-knowledge", "judgment"],
      skills: [
        { skill: "web-performance", weight: 3 },
        { skill: "javascript", weight: 2 },
      ],
    },
    {
      slug: "shape-interactions-with-design",
      kind: "safe",
      title: "Work out interaction details with designers and product",
      description:
        "Fill the gaps a design leaves (empty states, errors, edge cases, motion) and push back when something will feel wrong or cost too much to build. This happens in conversation, with people who own the product.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "ui-design", weight: 2 },
        { skill: "figma", weight: 1 },
      ],
    },
    {
      slug: "maintain-design-system",
      kind: "safe",
      title: "Maintain the component library and design system",
      description:
        "Decide which shared components exist, their APIs and tokens, and how they change without breaking every team that uses them. AI helps write the components; choosing what belongs in the system is a team agreement.",
      importance: 0.05,
      exposure: 0.45,
      protectedBy: ["stakeholders", "novel-design"],
      skills: [
        { skill: "design-systems", weight: 3 },
        { skill: "react", weight: 2 },
      ],
    },
    {
      slug: "secure-client-code",
      kind: "safe",
      title: "Protect users in the browser",
      description:
        "Prevent cross-site scripting, handle tokens and cookies safely, set content-security policies and respect consent rules for tracking scripts.",
      importance: 0.03,
      exposure: 0.3,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "application-security", weight: 3 },
        { skill: "javascript", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "v0",
      effect: "automates",
      tasks: ["build-ui-components", "write-styles-layouts", "build-pages-prototypes"],
      note: "Generates React and Tailwind components and whole pages from a prompt, screenshot or Figma frame.",
    },
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["build-ui-components", "connect-ui-to-apis", "write-frontend-tests", "fix-ui-bugs"],
      note: "Completes components, hooks and tests inline, and its agent can take a UI ticket to a pull request.",
    },
    {
      tool: "cursor",
      effect: "augments",
      tasks: ["build-ui-components", "upgrade-frontend-stack", "connect-ui-to-apis"],
      note: "Repository-wide edits make framework upgrades and component refactors across many files fast.",
    },
    {
      tool: "bolt-new",
      effect: "automates",
      tasks: ["build-pages-prototypes"],
      note: "Builds and hosts a working prototype app in the browser from a description, ready for user testing.",
    },
    {
      tool: "applitools-eyes",
      effect: "augments",
      tasks: ["write-frontend-tests", "fix-ui-bugs"],
      note: "Catches visual regressions across browsers and screen sizes that functional tests miss.",
    },
    {
      tool: "sentry-seer",
      effect: "augments",
      tasks: ["fix-ui-bugs"],
      note: "Links front-end errors and session replays to the offending code and proposes a fix.",
    },
  ],
  certifications: ["meta-front-end-developer", "iaap-was", "iaap-cpacc"],
  salary: {
    entry: { min: 65000, max: 90000, changePct: [-10, -3] },
    mid: { min: 95000, max: 135000, changePct: [0, 6] },
    senior: { min: 135000, max: 195000, changePct: [5, 12] },
    note:
      "Entry-level pay is under the most pressure of any engineering track, because generators now produce the components and pages juniors used to be hired for. " +
      "Senior developers who own architecture, accessibility and performance keep gaining, and developers fluent with AI UI tools earn noticeably more than peers who are not.",
  },
  adaptation: [
    {
      title: "Specialise in accessibility",
      detail:
        "Learn WCAG 2.2 in depth, test your product with NVDA and VoiceOver, fix what you find and earn the IAAP WAS. Accessibility laws in the EU and US make this a requirement employers must staff.",
      tasks: ["ensure-accessibility"],
      skills: ["web-accessibility", "html"],
    },
    {
      title: "Own web performance",
      detail:
        "Set up field measurement of Core Web Vitals, add a performance budget to CI and lead one round of bundle and rendering fixes with numbers before and after.",
      tasks: ["optimize-web-performance", "design-frontend-architecture"],
      skills: ["web-performance", "nextjs"],
    },
    {
      title: "Take on frontend architecture and the design system",
      detail:
        "Write the design document for the next big change (rendering strategy, state management, a shared component library) and run its review with the team and design.",
      tasks: ["design-frontend-architecture", "maintain-design-system"],
      skills: ["system-design", "design-systems"],
    },
    {
      title: "Use generators for first drafts, then harden the result",
      detail:
        "Generate components and pages with v0 or Copilot, then bring them up to your standards: types, accessibility, tests, performance. Measure how much faster you ship and say so on your resume.",
      tasks: ["build-ui-components", "build-pages-prototypes", "write-frontend-tests"],
      skills: ["v0", "github-copilot", "cursor"],
    },
    {
      title: "Move toward full-stack or AI product features",
      detail:
        "Build the server side of one feature yourself, or a streaming chat or AI-assisted form, so you can own whole features instead of only their screens.",
      tasks: ["connect-ui-to-apis", "design-frontend-architecture"],
      skills: ["nodejs", "llm-application-development"],
    },
  ],
  related: ["full-stack-developer", "ux-ui-designer", "mobile-developer", "backend-developer", "qa-engineer"],
};
