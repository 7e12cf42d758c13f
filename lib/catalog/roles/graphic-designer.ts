import type { RoleDef } from "../types";

export const graphicDesigner: RoleDef = {
  slug: "graphic-designer",
  title: "Graphic Designer",
  industry: "marketing-media",
  socCode: "27-1024",
  aliases: [
    "Visual designer",
    "Graphic artist",
    "Brand designer",
    "Marketing designer",
    "Digital designer",
    "Production designer",
    "Layout artist",
    "Senior graphic designer",
  ],
  overview:
    "Graphic designers turn a message into something people see: logos and identities, campaign visuals, social and display ads, packaging, brochures and reports. " +
    "Generative image tools and template platforms have taken over much of the production layer, such as resizing one ad into twenty formats, removing backgrounds, extending photos and filling templates, so this volume work pays less and is increasingly done by marketers themselves. " +
    "Identity design, the concept behind a campaign, the judgment about what is on-brand and what is not, and working through a client's feedback remain human work, as does getting print right with real paper and presses. " +
    "Designers who direct AI tools inside a strong brand system, and who can explain their decisions, move toward art direction and brand roles that keep their value.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "produce-social-and-ad-variants",
      kind: "at_risk",
      title: "Produce social posts and ad variants",
      description:
        "Build the many sizes and versions of a campaign visual for social feeds, stories, display banners and email headers. Template tools resize and re-layout a master design automatically, and ad platforms generate their own variations.",
      importance: 0.14,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "adobe-photoshop", weight: 2 },
        { skill: "canva", weight: 2 },
        { skill: "layout-design", weight: 1 },
      ],
    },
    {
      slug: "retouch-and-composite-images",
      kind: "at_risk",
      title: "Retouch and composite images",
      description:
        "Clean up product and people photos, remove backgrounds and objects, extend scenes to new aspect ratios and combine images into one composition. Generative fill and one-click removal do in seconds what took an hour.",
      importance: 0.1,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "photo-retouching", weight: 3 },
        { skill: "adobe-photoshop", weight: 2 },
      ],
    },
    {
      slug: "create-spot-illustrations-and-imagery",
      kind: "at_risk",
      title: "Create spot illustrations and stock-style imagery",
      description:
        "Source or draw supporting images, icons, textures and backgrounds for layouts. Image generators now produce usable stock-style visuals and simple illustrations on demand.",
      importance: 0.07,
      exposure: 0.75,
      timeline: "now",
      skills: [
        { skill: "illustration", weight: 3 },
        { skill: "adobe-illustrator", weight: 2 },
      ],
    },
    {
      slug: "lay-out-templated-documents",
      kind: "at_risk",
      title: "Lay out brochures, decks and reports from templates",
      description:
        "Flow text and images into existing templates for brochures, sales decks, reports and newsletters, following the grid and type styles. Layout assistants increasingly place content into templates automatically.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "adobe-indesign", weight: 3 },
        { skill: "typography", weight: 2 },
        { skill: "layout-design", weight: 1 },
      ],
    },
    {
      slug: "generate-concept-mockups",
      kind: "at_risk",
      title: "Generate early concept explorations and mockups",
      description:
        "Sketch several visual directions and place them on mockups of packaging, signage or screens for an early review. Image generators and mockup tools turn out many directions quickly, though choosing among them stays with the designer.",
      importance: 0.07,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "visual-design", weight: 3 },
        { skill: "adobe-illustrator", weight: 1 },
      ],
    },
    {
      slug: "prepare-files-for-print-and-web",
      kind: "at_risk",
      title: "Prepare files for print and web",
      description:
        "Set bleeds, colour profiles and resolution, preflight files and export packages for printers and developers. Software handles more of these checks and exports each year.",
      importance: 0.05,
      exposure: 0.5,
      timeline: "1-2y",
      skills: [
        { skill: "prepress", weight: 3 },
        { skill: "adobe-indesign", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "design-brand-identities",
      kind: "safe",
      title: "Design brand identities",
      description:
        "Create logos, type systems, colour palettes and the visual language of a brand, making sure they are original, ownable and work at every size. Legal ownership and originality questions make clients wary of purely generated marks.",
      importance: 0.12,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "brand-identity-design", weight: 3 },
        { skill: "typography", weight: 2 },
        { skill: "adobe-illustrator", weight: 1 },
      ],
    },
    {
      slug: "set-visual-concept-and-direction",
      kind: "safe",
      title: "Set the visual concept for a campaign",
      description:
        "Translate the brief into a visual idea, choose the direction from many options, and direct photographers, illustrators and AI tools to execute it consistently.",
      importance: 0.11,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "visual-design", weight: 3 },
        { skill: "creative-concepting", weight: 2 },
      ],
    },
    {
      slug: "brief-and-present-to-clients",
      kind: "safe",
      title: "Take briefs and present work to clients",
      description:
        "Draw out what a client actually needs, present designs with the reasoning behind them, and steer rounds of feedback to a result both sides accept.",
      importance: 0.1,
      exposure: 0.15,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "maintain-brand-guidelines",
      kind: "safe",
      title: "Maintain brand guidelines and review output",
      description:
        "Keep brand guidelines and asset libraries current, and review what other teams and AI tools produce so the brand stays consistent across channels.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["judgment", "tacit-knowledge"],
      skills: [
        { skill: "design-systems", weight: 2 },
        { skill: "brand-identity-design", weight: 2 },
      ],
    },
    {
      slug: "oversee-print-production",
      kind: "safe",
      title: "Oversee print production",
      description:
        "Choose papers and finishes with printers, check physical proofs and attend press checks so colour and finish come out as intended.",
      importance: 0.07,
      exposure: 0.1,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "prepress", weight: 3 },
        { skill: "vendor-management", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "adobe-firefly",
      effect: "automates",
      tasks: [
        "retouch-and-composite-images",
        "create-spot-illustrations-and-imagery",
        "produce-social-and-ad-variants",
      ],
      note: "Generative Fill and Expand in Photoshop remove and extend image content, and Firefly generates commercially safe imagery and vector art.",
    },
    {
      tool: "canva-magic-studio",
      effect: "automates",
      tasks: ["produce-social-and-ad-variants", "lay-out-templated-documents"],
      note: "Magic Resize and Magic Design produce on-brand format variants and layouts from a master design, often by non-designers.",
    },
    {
      tool: "midjourney",
      effect: "augments",
      tasks: [
        "generate-concept-mockups",
        "create-spot-illustrations-and-imagery",
        "set-visual-concept-and-direction",
      ],
      note: "Fast mood boards and concept directions for early reviews; final assets usually still need redrawing or licensing checks.",
    },
    {
      tool: "figma-ai",
      effect: "augments",
      tasks: ["generate-concept-mockups", "maintain-brand-guidelines"],
      note: "Generates first layouts, renames layers and swaps content in design files, useful for digital and social templates.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["generate-concept-mockups", "brief-and-present-to-clients"],
      note: "Image generation for quick directions, and help turning a vague brief into questions and a written design rationale.",
    },
  ],
  certifications: [
    "adobe-certified-professional-photoshop",
    "adobe-certified-professional-illustrator",
    "adobe-certified-professional-indesign",
  ],
  salary: {
    entry: { min: 40000, max: 55000, changePct: [-10, -3] },
    mid: { min: 55000, max: 78000, changePct: [-5, 2] },
    senior: { min: 78000, max: 115000, changePct: [0, 5] },
    note:
      "Production design work is being absorbed by template tools and generative image features, so entry-level pay and freelance rates for resizing, retouching and layout are under pressure. " +
      "Designers who lead identity and concept work, or who move into art direction and brand systems, keep rising in real terms.",
  },
  adaptation: [
    {
      title: "Fold generative tools into your workflow",
      detail:
        "Use Generative Fill and Expand for retouching and format changes, and Firefly or Midjourney for early directions, then spend the saved hours on concept and finish. Learn the licensing terms of each tool so you can tell clients what they own.",
      tasks: ["retouch-and-composite-images", "produce-social-and-ad-variants", "generate-concept-mockups"],
      skills: ["adobe-firefly", "midjourney", "photo-retouching"],
    },
    {
      title: "Build brand systems others can use",
      detail:
        "Turn a brand into templates, components and clear rules in Figma or Canva brand kits, so marketers and AI tools produce the volume work inside your guardrails while you own the system.",
      tasks: ["maintain-brand-guidelines", "lay-out-templated-documents"],
      skills: ["design-systems", "figma", "canva-magic-studio"],
    },
    {
      title: "Move toward identity and art direction",
      detail:
        "Build a portfolio of identity and campaign concepts, with the reasoning and results behind each, rather than production pieces. Take on directing photographers, illustrators and AI output.",
      tasks: ["design-brand-identities", "set-visual-concept-and-direction"],
      skills: ["brand-identity-design", "creative-concepting", "visual-design"],
    },
    {
      title: "Get better at presenting and selling design",
      detail:
        "Practise presenting work with a clear rationale tied to the client's goal and audience. Designers who can win the room keep control of the work that matters.",
      tasks: ["brief-and-present-to-clients"],
      skills: ["communication", "stakeholder-management"],
    },
  ],
  related: ["ux-ui-designer", "copywriter", "marketing-manager", "frontend-developer"],
};
