// AI tools defined by group biz-b (marketing and media, customer service and sales, education, human
// resources, skilled trades). Shared: other groups reuse these slugs.
import type { AiToolDef } from "../types";

export const aiTools: AiToolDef[] = [
  // Marketing and content.
  {
    slug: "jasper",
    name: "Jasper",
    vendor: "Jasper AI",
    url: "https://www.jasper.ai",
    description:
      "Marketing content platform that drafts campaign copy, blog posts, ads and emails in a trained brand voice, with agents for repurposing and localising content.",
    aliases: ["Jasper AI", "Jasper.ai"],
    caseSensitive: true,
  },
  {
    slug: "copy-ai",
    name: "Copy.ai",
    vendor: "Copy.ai",
    url: "https://www.copy.ai",
    description:
      "Generative writing and workflow tool for go-to-market teams: ad and email copy, product descriptions, prospecting messages and content repurposing at volume.",
    aliases: ["CopyAI", "Copy ai"],
  },
  {
    slug: "surfer-seo",
    name: "Surfer SEO",
    vendor: "Surfer",
    url: "https://surferseo.com",
    description:
      "SEO content tool that scores drafts against top-ranking pages, suggests terms and structure, and generates optimised articles with its AI writer.",
    aliases: ["SurferSEO", "Surfer AI"],
  },
  {
    slug: "hubspot-breeze",
    name: "HubSpot Breeze",
    vendor: "HubSpot",
    url: "https://www.hubspot.com/products/artificial-intelligence",
    description:
      "AI layer across HubSpot's marketing, sales and service hubs: drafts emails and landing pages, enriches contact records, summarises deals and runs prospecting and content agents.",
    aliases: ["Breeze AI", "HubSpot AI", "Breeze Copilot", "HubSpot Breeze Copilot"],
  },
  {
    slug: "google-ads-performance-max",
    name: "Google Ads Performance Max",
    vendor: "Google",
    url: "https://support.google.com/google-ads/answer/10724817",
    description:
      "Goal-based Google Ads campaign type in which Google's models choose bids, audiences, placements and asset combinations across Search, YouTube, Display, Gmail and Maps.",
    aliases: ["Performance Max", "PMax campaigns"],
  },
  {
    slug: "meta-advantage-plus",
    name: "Meta Advantage+",
    vendor: "Meta",
    url: "https://www.facebook.com/business/ads/meta-advantage-plus",
    description:
      "Automated campaign suite for Facebook and Instagram ads that sets targeting, budget split, placements and creative variations with machine learning.",
    aliases: ["Advantage+", "Advantage+ shopping campaigns", "Meta Advantage Plus"],
  },

  // Visual design.
  {
    slug: "adobe-firefly",
    name: "Adobe Firefly",
    vendor: "Adobe",
    url: "https://www.adobe.com/products/firefly.html",
    description:
      "Adobe's generative image, vector and video models, also behind Generative Fill and Generative Expand in Photoshop and Generative Recolor in Illustrator.",
    aliases: ["Firefly", "Photoshop Generative Fill", "Generative Fill", "Generative Expand"],
  },
  {
    slug: "canva-magic-studio",
    name: "Canva Magic Studio",
    vendor: "Canva",
    url: "https://www.canva.com/magic/",
    description:
      "Canva's AI features: Magic Design layouts, Magic Resize across formats, Magic Write text, Magic Edit and background removal for fast branded social and marketing assets.",
    aliases: ["Magic Studio", "Canva AI", "Canva Magic Design", "Magic Resize"],
  },
  {
    slug: "midjourney",
    name: "Midjourney",
    vendor: "Midjourney",
    url: "https://www.midjourney.com",
    description:
      "Text-to-image model used for mood boards, concept exploration and stylised illustration, with style and character references for consistent series.",
  },

  // Customer service.
  {
    slug: "zendesk-ai",
    name: "Zendesk AI",
    vendor: "Zendesk",
    url: "https://www.zendesk.com/service/ai/",
    description:
      "AI agents and agent copilot in Zendesk: resolves routine tickets on its own, classifies intent and sentiment, suggests replies and macros, and summarises long conversations.",
    aliases: ["Zendesk AI agents", "Zendesk Copilot", "Zendesk Advanced AI"],
  },
  {
    slug: "intercom-fin",
    name: "Fin AI Agent",
    vendor: "Intercom",
    url: "https://fin.ai",
    description:
      "Intercom's customer-facing AI agent: answers and resolves support conversations across chat, email and voice from the help centre and procedures, handing off to people when needed.",
    aliases: ["Intercom Fin", "Fin by Intercom", "Fin AI"],
  },
  {
    slug: "salesforce-agentforce",
    name: "Salesforce Agentforce",
    vendor: "Salesforce",
    url: "https://www.salesforce.com/agentforce/",
    description:
      "Salesforce's AI agents and Einstein features in Service Cloud and Sales Cloud: case resolution and reply drafting, lead scoring, opportunity insights and record updates.",
    aliases: ["Agentforce", "Salesforce Einstein", "Einstein GPT", "Einstein Copilot", "Einstein AI"],
  },
  {
    slug: "cresta",
    name: "Cresta",
    vendor: "Cresta",
    url: "https://cresta.com",
    description:
      "Contact-centre AI that coaches agents live during calls and chats, suggests next steps and answers, writes wrap-up notes, and scores every conversation for quality.",
    aliases: ["Cresta AI", "Cresta Agent Assist"],
    caseSensitive: true,
  },

  // Sales.
  {
    slug: "gong",
    name: "Gong",
    vendor: "Gong",
    url: "https://www.gong.io",
    description:
      "Revenue intelligence platform that records and analyses sales calls and emails, flags deal risks, forecasts pipeline and drafts follow-ups.",
    aliases: ["Gong.io"],
    caseSensitive: true,
  },
  {
    slug: "apollo-io",
    name: "Apollo.io",
    vendor: "Apollo.io",
    url: "https://www.apollo.io",
    description:
      "Sales intelligence and engagement platform: contact database, AI-researched account lists, personalised email sequences and meeting scheduling.",
    aliases: ["Apollo AI", "ApolloIO"],
    caseSensitive: true,
  },

  // Education.
  {
    slug: "magicschool-ai",
    name: "MagicSchool AI",
    vendor: "MagicSchool",
    url: "https://www.magicschool.ai",
    description:
      "AI platform for teachers: lesson plans, differentiated texts, rubrics, quizzes, IEP-goal drafts and parent emails, with student-facing tools teachers control.",
    aliases: ["MagicSchool", "Magic School AI"],
  },
  {
    slug: "khanmigo",
    name: "Khanmigo",
    vendor: "Khan Academy",
    url: "https://www.khanmigo.ai",
    description:
      "Khan Academy's AI tutor for students and teaching assistant for teachers: Socratic tutoring, lesson hooks, exit tickets and class progress summaries.",
  },
  {
    slug: "gradescope",
    name: "Gradescope",
    vendor: "Turnitin",
    url: "https://www.gradescope.com",
    description:
      "Grading platform that groups similar student answers with AI so a teacher grades each group once, applies shared rubrics and returns detailed feedback.",
  },
  {
    slug: "brisk-teaching",
    name: "Brisk Teaching",
    vendor: "Brisk",
    url: "https://www.briskteaching.com",
    description:
      "Browser extension for teachers that turns articles and videos into lessons and quizzes, levels texts by reading age and drafts feedback on student writing in Google Docs.",
    aliases: ["Brisk AI"],
    caseSensitive: true,
  },

  // Human resources and learning.
  {
    slug: "hirevue",
    name: "HireVue",
    vendor: "HireVue",
    url: "https://www.hirevue.com",
    description:
      "Hiring platform with on-demand video interviews, game-based and skills assessments, and conversational scheduling for high-volume recruiting.",
  },
  {
    slug: "paradox-olivia",
    name: "Paradox Olivia",
    vendor: "Paradox (Workday)",
    url: "https://www.paradox.ai",
    description:
      "Conversational recruiting assistant that answers candidate questions, screens for basic requirements, schedules interviews and runs onboarding tasks by text and chat.",
    aliases: ["Olivia by Paradox", "Paradox AI", "Paradox.ai"],
  },
  {
    slug: "textio",
    name: "Textio",
    vendor: "Textio",
    url: "https://textio.com",
    description:
      "Writing guidance for job posts and performance feedback that flags biased or off-putting language and predicts how a posting will attract applicants.",
  },
  {
    slug: "eightfold-ai",
    name: "Eightfold AI",
    vendor: "Eightfold AI",
    url: "https://eightfold.ai",
    description:
      "Talent intelligence platform that matches candidates and employees to roles by inferred skills, rediscovers past applicants and supports internal mobility.",
    aliases: ["Eightfold", "Eightfold Talent Intelligence"],
  },
  {
    slug: "synthesia",
    name: "Synthesia",
    vendor: "Synthesia",
    url: "https://www.synthesia.io",
    description:
      "AI video platform that turns scripts and slides into presenter-led training videos with avatars and voices in many languages, editable like a document.",
  },
  {
    slug: "articulate-ai-assistant",
    name: "Articulate AI Assistant",
    vendor: "Articulate",
    url: "https://www.articulate.com/360/ai/",
    description:
      "AI features inside Articulate 360 (Rise and Storyline): drafts course outlines and lessons, writes quiz questions, generates images and narration, and edits text for tone.",
    aliases: ["Articulate 360 AI", "Rise AI Assistant"],
  },

  // Skilled trades.
  {
    slug: "servicetitan-titan-intelligence",
    name: "ServiceTitan Titan Intelligence",
    vendor: "ServiceTitan",
    url: "https://www.servicetitan.com",
    description:
      "AI features in the ServiceTitan field-service platform for plumbing, electrical and HVAC contractors: call booking, job and price-book recommendations, dispatch suggestions and job summaries.",
    aliases: ["Titan Intelligence", "ServiceTitan AI"],
  },
  {
    slug: "upcodes-ai",
    name: "UpCodes AI",
    vendor: "UpCodes",
    url: "https://up.codes",
    description:
      "Building-code library with an AI assistant that answers code questions with citations to the adopted model codes and local amendments of a jurisdiction.",
    aliases: ["UpCodes Copilot", "UpCodes"],
  },
  {
    slug: "togal-ai",
    name: "Togal.AI",
    vendor: "Togal.AI",
    url: "https://www.togal.ai",
    description:
      "Takeoff software that reads construction drawings with computer vision, measures areas and counts symbols automatically to speed up estimating.",
    aliases: ["Togal", "TogalAI"],
  },
  {
    slug: "aurora-solar",
    name: "Aurora Solar",
    vendor: "Aurora Solar",
    url: "https://aurorasolar.com",
    description:
      "Solar design and sales software that models roofs from imagery, lays out panels, simulates production and produces permit-ready single-line diagrams.",
  },
];
