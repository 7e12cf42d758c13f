import type { RoleDef } from "../types";

export const copywriter: RoleDef = {
  slug: "copywriter",
  title: "Copywriter",
  industry: "marketing-media",
  socCode: "27-3043",
  aliases: [
    "Advertising copywriter",
    "Marketing copywriter",
    "Content writer",
    "Conversion copywriter",
    "Brand copywriter",
    "SEO writer",
    "Content marketing writer",
    "Senior copywriter",
  ],
  overview:
    "Copywriters write the words that sell: ads, web pages, emails, product descriptions, scripts and the taglines that carry a brand. " +
    "This is one of the occupations most exposed to generative AI, because large language models produce competent short-form and SEO copy instantly and at almost no cost, and clients have already moved volume work to them. " +
    "What remains valuable is the original idea behind a campaign, a distinctive brand voice, copy grounded in real customer language, and the judgment to check claims and defend choices in front of clients and legal reviewers. " +
    "Writers who become editors and directors of AI output, own concepts and voice, and can show conversion results keep their rates; those who sell words by the piece face steep price pressure.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "write-short-form-ad-copy",
      kind: "at_risk",
      title: "Write short-form ad and social copy",
      description:
        "Produce headlines, ad variants, social captions, calls to action and taglines for paid and organic channels. Language models generate dozens of on-brief variants in seconds, and ad platforms now generate and rotate them automatically.",
      importance: 0.18,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "copywriting", weight: 3 },
        { skill: "brand-voice", weight: 2 },
        { skill: "paid-media", weight: 1 },
      ],
    },
    {
      slug: "write-seo-web-and-blog-content",
      kind: "at_risk",
      title: "Write SEO articles and web pages",
      description:
        "Draft blog posts, landing pages and service pages built around target keywords, headings and internal links. SEO writing tools now produce a full optimised draft from a keyword, leaving editing and fact-checking.",
      importance: 0.17,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "seo-copywriting", weight: 3 },
        { skill: "seo", weight: 2 },
        { skill: "content-strategy", weight: 1 },
      ],
    },
    {
      slug: "write-email-and-lifecycle-copy",
      kind: "at_risk",
      title: "Write email and lifecycle campaigns",
      description:
        "Write welcome series, promotional emails, abandoned-cart reminders and subject lines, and variants for testing. Marketing platforms generate and test these sequences themselves.",
      importance: 0.12,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "email-marketing", weight: 3 },
        { skill: "copywriting", weight: 2 },
        { skill: "ab-testing", weight: 1 },
      ],
    },
    {
      slug: "write-product-descriptions-at-scale",
      kind: "at_risk",
      title: "Write product descriptions at scale",
      description:
        "Turn specification sheets into catalogue descriptions, feature bullets and marketplace listings for hundreds of products. Retailers now generate these from product data in bulk with light human review.",
      importance: 0.09,
      exposure: 0.95,
      timeline: "now",
      skills: [
        { skill: "copywriting", weight: 3 },
        { skill: "seo", weight: 1 },
      ],
    },
    {
      slug: "research-and-draft-first-versions",
      kind: "at_risk",
      title: "Research topics and draft first versions",
      description:
        "Gather product facts, competitor claims and audience language and turn them into a first draft for review. Research assistants summarise sources and produce that draft faster than a writer can read the brief.",
      importance: 0.08,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "market-research", weight: 2 },
        { skill: "copywriting", weight: 2 },
      ],
    },
    {
      slug: "proofread-and-adapt-copy",
      kind: "at_risk",
      title: "Proofread, resize and localise copy",
      description:
        "Proofread against the style guide, cut copy to character limits for each placement, and adapt it for regions and languages. Grammar, style and translation tools do most of this automatically.",
      importance: 0.08,
      exposure: 0.9,
      timeline: "now",
      skills: [
        { skill: "editing-and-proofreading", weight: 3 },
        { skill: "brand-voice", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "develop-campaign-concepts",
      kind: "safe",
      title: "Develop campaign concepts",
      description:
        "Find the central idea of a campaign with an art director: the insight, the angle and the line that makes it memorable. AI offers many ordinary options; recognising and building the unexpected one that fits the brand is the writer's contribution.",
      importance: 0.09,
      exposure: 0.35,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "creative-concepting", weight: 3 },
        { skill: "storytelling", weight: 2 },
        { skill: "brand-strategy", weight: 1 },
      ],
    },
    {
      slug: "define-brand-voice-and-messaging",
      kind: "safe",
      title: "Define brand voice and messaging",
      description:
        "Write the tone-of-voice guide, message hierarchy and naming for a brand, which later becomes the instruction set for AI tools as well as for other writers.",
      importance: 0.05,
      exposure: 0.35,
      protectedBy: ["judgment", "novel-design"],
      skills: [
        { skill: "brand-voice", weight: 3 },
        { skill: "brand-strategy", weight: 2 },
      ],
    },
    {
      slug: "present-and-defend-copy",
      kind: "safe",
      title: "Present copy and work through feedback",
      description:
        "Present work to clients and stakeholders, explain the reasoning, and negotiate changes with brand, product and legal reviewers without losing the idea.",
      importance: 0.06,
      exposure: 0.15,
      protectedBy: ["stakeholders", "trust"],
      skills: [
        { skill: "communication", weight: 3 },
        { skill: "stakeholder-management", weight: 2 },
      ],
    },
    {
      slug: "interview-customers-and-experts",
      kind: "safe",
      title: "Interview customers and subject experts",
      description:
        "Talk to customers, salespeople and engineers to find the real stories, objections and phrases that make copy credible. This first-hand material is exactly what generic AI copy lacks.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["trust", "tacit-knowledge"],
      skills: [
        { skill: "interviewing", weight: 3 },
        { skill: "storytelling", weight: 2 },
      ],
    },
    {
      slug: "check-claims-and-ai-output",
      kind: "safe",
      title: "Check claims and AI-generated copy",
      description:
        "Verify every factual and comparative claim, check regulated wording in health, finance or legal copy, and catch invented details in AI drafts before publication.",
      importance: 0.03,
      exposure: 0.3,
      protectedBy: ["ethics", "accountability"],
      skills: [
        { skill: "fact-checking", weight: 3 },
        { skill: "advertising-compliance", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "jasper",
      effect: "automates",
      tasks: [
        "write-short-form-ad-copy",
        "write-email-and-lifecycle-copy",
        "write-product-descriptions-at-scale",
      ],
      note: "Generates on-brand ad, email and product copy in bulk from a trained voice and templates.",
    },
    {
      tool: "copy-ai",
      effect: "automates",
      tasks: ["write-product-descriptions-at-scale", "write-short-form-ad-copy"],
      note: "Runs workflows that turn product data or a brief into many pieces of copy at once.",
    },
    {
      tool: "surfer-seo",
      effect: "automates",
      tasks: ["write-seo-web-and-blog-content"],
      note: "Scores drafts against ranking pages and writes optimised articles from a keyword.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["research-and-draft-first-versions", "develop-campaign-concepts", "write-short-form-ad-copy"],
      note: "Useful as a sparring partner for angles and headlines and for fast research summaries the writer then checks.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: [
        "write-seo-web-and-blog-content",
        "define-brand-voice-and-messaging",
        "research-and-draft-first-versions",
      ],
      note: "Handles long briefs and style guides well, so it can draft long-form pieces in a specified voice for editing.",
    },
    {
      tool: "grammarly",
      effect: "automates",
      tasks: ["proofread-and-adapt-copy"],
      note: "Catches errors, enforces style rules and rewrites for tone and length.",
    },
    {
      tool: "deepl",
      effect: "automates",
      tasks: ["proofread-and-adapt-copy"],
      note: "Translates copy for regional versions, leaving the writer to adapt idioms and references.",
    },
  ],
  certifications: [
    "hubspot-content-marketing",
    "hubspot-seo",
    "meta-certified-creative-strategy-professional",
    "google-ads-search-certification",
  ],
  salary: {
    entry: { min: 45000, max: 62000, changePct: [-20, -8] },
    mid: { min: 62000, max: 90000, changePct: [-12, -3] },
    senior: { min: 90000, max: 140000, changePct: [-5, 3] },
    note:
      "Volume copywriting (SEO articles, product descriptions, ad variants) has lost much of its market to AI, pushing entry-level and freelance per-piece rates down sharply. " +
      "Senior writers who own concepts, brand voice and conversion results, or who move into content strategy and creative direction, hold their pay; the gap between the two groups widens.",
  },
  adaptation: [
    {
      title: "Become the editor and director of AI drafts",
      detail:
        "Set up a repeatable workflow: brief, prompt with voice guide and examples, generate many options, then select, rewrite and fact-check. Sell the finished result and its performance, not the hours of typing.",
      tasks: ["write-short-form-ad-copy", "write-seo-web-and-blog-content", "check-claims-and-ai-output"],
      skills: ["prompt-engineering", "editing-and-proofreading", "fact-checking"],
    },
    {
      title: "Move up to concepts and brand voice",
      detail:
        "Pitch for concept and naming work, write tone-of-voice guides, and build a portfolio of campaign ideas rather than individual pieces of copy. This is the work clients still pay writers for.",
      tasks: ["develop-campaign-concepts", "define-brand-voice-and-messaging"],
      skills: ["creative-concepting", "brand-voice", "brand-strategy"],
    },
    {
      title: "Prove results with testing",
      detail:
        "Run A/B tests on your headlines, emails and landing pages and keep a record of the lifts. A writer who can show conversion gains competes on value, not on price per word.",
      tasks: ["write-email-and-lifecycle-copy", "write-short-form-ad-copy"],
      skills: ["ab-testing", "marketing-analytics"],
    },
    {
      title: "Own first-hand customer insight",
      detail:
        "Interview customers and sales teams regularly and keep a library of real objections, phrases and stories. Copy built on material that is not on the web is what AI cannot reproduce.",
      tasks: ["interview-customers-and-experts", "develop-campaign-concepts"],
      skills: ["interviewing", "voice-of-customer", "storytelling"],
    },
    {
      title: "Grow into content strategy",
      detail:
        "Learn keyword and topic planning, editorial calendars and content performance analysis so you decide what gets written, not only write it.",
      tasks: ["write-seo-web-and-blog-content"],
      skills: ["content-strategy", "seo"],
    },
  ],
  related: ["marketing-manager", "graphic-designer", "technical-writer", "ux-ui-designer"],
};
