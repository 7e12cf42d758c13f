import type { RoleDef } from "../types";

export const uxUiDesigner: RoleDef = {
  slug: "ux-ui-designer",
  title: "UX/UI Designer",
  industry: "technology",
  socCode: "15-1255",
  aliases: [
    "Product designer",
    "UX designer",
    "UI designer",
    "Interaction designer",
    "User experience designer",
    "Digital product designer",
  ],
  overview:
    "UX/UI designers shape how a digital product works and looks: they study users, define flows and information architecture, and produce the wireframes, high-fidelity screens and prototypes engineers build from. " +
    "Screen production is changing fast: Figma's generative features, Uizard and prompt-to-UI tools turn a description or sketch into editable layouts, and research repositories cluster interview notes automatically. " +
    "What they cannot do is sit with users and read what they do not say, decide which problem a flow should solve, defend a design in a room of competing priorities, or take responsibility for accessibility and ethical patterns. " +
    "Designers who lean into research, systems thinking and product strategy gain leverage; pure screen production is shrinking.",
  tasks: [
    {
      slug: "produce-hifi-screens",
      kind: "at_risk",
      title: "Produce high-fidelity screens",
      description:
        "Lay out polished screens for each state of a feature using the existing design system, across desktop and mobile breakpoints.",
      importance: 0.16,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "figma", weight: 3 },
        { skill: "ui-design", weight: 3 },
        { skill: "design-systems", weight: 1 },
      ],
    },
    {
      slug: "sketch-wireframes",
      kind: "at_risk",
      title: "Sketch wireframes and layout options",
      description:
        "Explore several low-fidelity layouts for a page or flow to compare structure before investing in visual detail.",
      importance: 0.1,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "wireframing", weight: 3 },
        { skill: "figma", weight: 2 },
      ],
    },
    {
      slug: "prepare-dev-handoff",
      kind: "at_risk",
      title: "Prepare specifications for developer handoff",
      description:
        "Annotate spacing, states, responsive rules and interactions so engineers can build the design without guessing.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "figma", weight: 2 },
        { skill: "design-systems", weight: 2 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "build-clickable-prototypes",
      kind: "at_risk",
      title: "Build clickable prototypes",
      description:
        "Wire screens into interactive prototypes with transitions and realistic content for testing and stakeholder review.",
      importance: 0.08,
      exposure: 0.7,
      timeline: "1-2y",
      skills: [
        { skill: "prototyping", weight: 3 },
        { skill: "figma", weight: 2 },
        { skill: "interaction-design", weight: 1 },
      ],
    },
    {
      slug: "write-interface-copy",
      kind: "at_risk",
      title: "Write interface copy and microcopy",
      description:
        "Write labels, empty states, error messages and onboarding hints that fit the space and the product's voice.",
      importance: 0.05,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "ux-writing", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "synthesise-research-notes",
      kind: "at_risk",
      title: "Tag and synthesise research notes",
      description:
        "Transcribe sessions, tag observations and cluster them into themes and opportunity statements after a round of research.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "user-research", weight: 3 },
        { skill: "critical-thinking", weight: 1 },
      ],
    },
    {
      slug: "maintain-design-system-assets",
      kind: "at_risk",
      title: "Maintain design system components",
      description:
        "Add component variants, update tokens and icons, and keep the Figma library aligned with what is shipped in code.",
      importance: 0.06,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "design-systems", weight: 3 },
        { skill: "figma", weight: 2 },
      ],
    },
    {
      slug: "conduct-user-research",
      kind: "safe",
      title: "Interview and observe users",
      description:
        "Run interviews, contextual visits and moderated usability sessions, build rapport and notice the hesitations and workarounds users do not mention.",
      importance: 0.11,
      exposure: 0.2,
      protectedBy: ["trust", "tacit-knowledge"],
      skills: [
        { skill: "user-research", weight: 3 },
        { skill: "usability-testing", weight: 3 },
        { skill: "empathy", weight: 1 },
      ],
    },
    {
      slug: "define-flows-and-structure",
      kind: "safe",
      title: "Define user flows and information architecture",
      description:
        "Decide how a new capability fits into the product: the steps, navigation, naming and what to leave out, when no existing pattern answers the problem.",
      importance: 0.11,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "information-architecture", weight: 3 },
        { skill: "interaction-design", weight: 3 },
        { skill: "product-thinking", weight: 1 },
      ],
    },
    {
      slug: "defend-design-decisions",
      kind: "safe",
      title: "Negotiate design decisions with the team",
      description:
        "Run critiques, argue for the user with product managers and engineers, and reach trade-offs everyone can commit to.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["stakeholders"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "communication", weight: 2 },
        { skill: "facilitation", weight: 1 },
      ],
    },
    {
      slug: "ensure-accessible-design",
      kind: "safe",
      title: "Make designs accessible and ethical",
      description:
        "Check contrast, focus order, screen-reader flows and cognitive load against WCAG, and refuse dark patterns that trick users.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "web-accessibility", weight: 3 },
        { skill: "accessible-design", weight: 2 },
      ],
    },
    {
      slug: "set-visual-direction",
      kind: "safe",
      title: "Set the visual direction",
      description:
        "Establish the look and feel of a product or redesign so it expresses the brand and feels coherent, a matter of taste that generated layouts copy rather than set.",
      importance: 0.05,
      exposure: 0.3,
      protectedBy: ["novel-design"],
      skills: [
        { skill: "visual-design", weight: 3 },
        { skill: "ui-design", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "figma-ai",
      effect: "augments",
      tasks: [
        "produce-hifi-screens",
        "sketch-wireframes",
        "build-clickable-prototypes",
        "write-interface-copy",
      ],
      note: "Generates first-draft screens and working prototypes from prompts, rewrites copy in place and tidies layer names, inside the file the team already uses.",
    },
    {
      tool: "uizard",
      effect: "automates",
      tasks: ["sketch-wireframes", "produce-hifi-screens"],
      note: "Turns a text brief, a paper sketch or a competitor screenshot into editable multi-screen mockups in minutes.",
    },
    {
      tool: "dovetail",
      effect: "automates",
      tasks: ["synthesise-research-notes"],
      note: "Transcribes sessions, suggests highlights and tags and clusters them into themes across studies.",
    },
    {
      tool: "v0",
      effect: "augments",
      tasks: ["build-clickable-prototypes", "prepare-dev-handoff"],
      note: "Generates working React interfaces from a prompt or image, so designers can test flows as real code and hand over a starting point.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-interface-copy", "synthesise-research-notes"],
      note: "Drafts microcopy variants and helps plan discussion guides and summarise notes.",
    },
  ],
  certifications: ["nng-ux-certification", "google-ux-design-certificate", "iaap-cpacc", "iaap-was"],
  salary: {
    entry: { min: 65000, max: 90000, changePct: [-10, 0] },
    mid: { min: 90000, max: 130000, changePct: [-4, 4] },
    senior: { min: 130000, max: 185000, changePct: [0, 8] },
    note: "Generative UI tools reduce demand for pure production designers and junior screen work; product designers who pair research and systems thinking with prototyping in code, and who can design AI-driven experiences, hold or grow their pay.",
  },
  adaptation: [
    {
      title: "Generate screens, then curate",
      detail:
        "Use Figma AI or Uizard to produce several first drafts per flow and spend your time choosing, correcting and aligning them to the design system.",
      tasks: ["produce-hifi-screens", "sketch-wireframes"],
      skills: ["figma-ai", "uizard", "design-systems"],
    },
    {
      title: "Strengthen research practice",
      detail:
        "Run at least one round of moderated research per quarter, use Dovetail for synthesis, and present evidence-backed opportunities to the product team.",
      tasks: ["conduct-user-research", "synthesise-research-notes"],
      skills: ["user-research", "usability-testing", "dovetail"],
    },
    {
      title: "Prototype in code",
      detail:
        "Learn enough HTML, CSS and a prompt-to-code tool such as v0 to test realistic interactions and shorten the handoff to engineering.",
      tasks: ["build-clickable-prototypes", "prepare-dev-handoff"],
      skills: ["v0", "html", "css"],
    },
    {
      title: "Own accessibility and flows",
      detail:
        "Become the team's reference for information architecture and WCAG compliance; both need judgment that generators lack.",
      tasks: ["ensure-accessible-design", "define-flows-and-structure"],
      skills: ["web-accessibility", "accessible-design", "information-architecture"],
    },
    {
      title: "Design for AI features",
      detail:
        "Learn the patterns for conversational interfaces, uncertainty and user control in AI products, a fast-growing area of product design.",
      tasks: ["define-flows-and-structure", "defend-design-decisions"],
      skills: ["conversational-design", "product-thinking"],
    },
  ],
  related: ["frontend-developer", "product-manager", "graphic-designer", "technical-writer", "data-analyst"],
};
