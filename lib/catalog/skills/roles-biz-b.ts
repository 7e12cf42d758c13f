// Skills that roles of group biz-b needed and the category files lacked.
import type { SkillDef } from "../types";

export const skills: SkillDef[] = [
  // Marketing.
  {
    slug: "campaign-planning",
    name: "Campaign planning",
    category: "domain",
    aliases: [
      "campaign management",
      "integrated campaigns",
      "campaign strategy",
      "marketing campaigns",
      "campaign execution",
    ],
    description:
      "Planning a marketing campaign end to end: goal, audience, message, channels, budget, timeline and measurement.",
  },
  {
    slug: "marketing-strategy",
    name: "Marketing strategy",
    category: "domain",
    aliases: [
      "marketing plan",
      "marketing planning",
      "strategic marketing",
      "positioning strategy",
      "product positioning",
    ],
    description:
      "Choosing target segments, positioning and channel mix and tying them to revenue goals in a marketing plan.",
  },
  {
    slug: "brand-strategy",
    name: "Brand strategy",
    category: "domain",
    aliases: [
      "brand management",
      "brand positioning",
      "brand development",
      "brand architecture",
      "branding strategy",
    ],
    description:
      "Defining what a brand stands for, how it differs from competitors and how it is expressed and protected over time.",
  },
  {
    slug: "paid-media",
    name: "Paid media",
    category: "domain",
    aliases: [
      "paid advertising",
      "PPC",
      "pay-per-click",
      "paid search",
      "paid social",
      "performance marketing",
      "search engine marketing",
      "media buying",
    ],
    description:
      "Planning, buying and optimising paid search, social, display and video advertising against cost and conversion targets.",
  },
  {
    slug: "audience-segmentation",
    name: "Audience segmentation",
    category: "domain",
    aliases: [
      "customer segmentation",
      "market segmentation",
      "audience targeting",
      "persona development",
      "buyer personas",
    ],
    description:
      "Dividing customers and prospects into groups with shared needs or behaviour so each gets the right message and offer.",
  },
  {
    slug: "marketing-automation",
    name: "Marketing automation",
    category: "practice",
    aliases: ["lead nurturing", "nurture campaigns", "lead scoring", "drip campaigns"],
    description:
      "Building automated, trigger-based email and multichannel journeys, lead scoring and segmentation in a marketing platform.",
  },
  {
    slug: "go-to-market-strategy",
    name: "Go-to-market strategy",
    category: "domain",
    aliases: ["GTM strategy", "go to market", "go-to-market", "product launch", "launch planning"],
    description:
      "Planning how a product reaches its market: target customers, pricing, messaging, channels, sales enablement and launch.",
  },
  {
    slug: "advertising-compliance",
    name: "Advertising compliance",
    category: "domain",
    aliases: [
      "claims substantiation",
      "FTC advertising rules",
      "advertising law",
      "marketing compliance",
      "CAN-SPAM",
      "TCPA compliance",
    ],
    description:
      "Keeping ads and marketing messages within advertising, consumer-protection, privacy and consent rules and substantiating claims.",
  },

  // Copywriting and content.
  {
    slug: "seo-copywriting",
    name: "SEO copywriting",
    category: "domain",
    aliases: [
      "SEO writing",
      "SEO content writing",
      "search-optimized content",
      "web copywriting",
      "blog writing",
    ],
    description:
      "Writing web pages and articles that rank in search and read well, using keywords, structure and internal links.",
  },
  {
    slug: "brand-voice",
    name: "Brand voice",
    category: "domain",
    aliases: [
      "tone of voice",
      "brand tone",
      "voice and tone",
      "brand messaging",
      "messaging framework",
      "messaging hierarchy",
    ],
    description:
      "Defining and keeping the consistent personality, vocabulary and message hierarchy a brand uses in all its writing.",
  },
  {
    slug: "creative-concepting",
    name: "Creative concepting",
    category: "domain",
    aliases: [
      "concept development",
      "campaign concepts",
      "creative ideation",
      "big idea",
      "creative strategy",
    ],
    description:
      "Generating and developing the central idea of a campaign or piece of work, usually with an art director or writer partner.",
  },
  {
    slug: "editing-and-proofreading",
    name: "Editing and proofreading",
    category: "practice",
    aliases: [
      "proofreading",
      "copyediting",
      "copy editing",
      "line editing",
      "AP style",
      "Chicago Manual of Style",
    ],
    description:
      "Correcting errors and tightening text for clarity, consistency and house style before publication.",
  },
  {
    slug: "fact-checking",
    name: "Fact-checking",
    category: "practice",
    aliases: ["fact checking", "source verification", "claim verification"],
    description:
      "Verifying names, figures, quotes and claims against reliable sources before content is published.",
  },

  // Visual design.
  {
    slug: "brand-identity-design",
    name: "Brand identity design",
    category: "design",
    aliases: [
      "logo design",
      "visual identity",
      "identity design",
      "brand identity",
      "corporate identity",
      "brand guidelines",
    ],
    description:
      "Designing logos, colour, typography and the visual system that makes a brand recognisable, with guidelines for its use.",
  },
  {
    slug: "photo-retouching",
    name: "Photo retouching",
    category: "design",
    aliases: [
      "image retouching",
      "photo editing",
      "image editing",
      "photo manipulation",
      "compositing",
      "photo compositing",
    ],
    description:
      "Correcting, cleaning up and combining photographs for publication: colour, blemishes, backgrounds and composites.",
  },
  {
    slug: "prepress",
    name: "Prepress and print production",
    category: "design",
    aliases: [
      "pre-press",
      "print production",
      "preflight",
      "print-ready files",
      "press checks",
      "print design",
    ],
    description:
      "Preparing files for commercial printing (bleeds, colour separations, profiles, preflight) and checking proofs and press runs.",
  },

  // Customer service.
  {
    slug: "customer-de-escalation",
    name: "Customer de-escalation",
    category: "practice",
    aliases: [
      "de-escalation",
      "complaint handling",
      "handling difficult customers",
      "escalation management",
      "complaint resolution",
    ],
    description:
      "Calming angry or distressed customers, acknowledging the problem and agreeing a resolution that keeps the relationship.",
  },
  {
    slug: "order-management",
    name: "Order management",
    category: "domain",
    aliases: [
      "order processing",
      "returns processing",
      "refund processing",
      "RMA processing",
      "order fulfillment support",
    ],
    description:
      "Handling orders, changes, returns, refunds and exchanges in order and billing systems within company policy.",
  },
  {
    slug: "contact-center-operations",
    name: "Contact center operations",
    category: "domain",
    aliases: [
      "call center operations",
      "contact centre operations",
      "first contact resolution",
      "average handle time",
      "CSAT",
    ],
    description:
      "How service centres run and are measured: queues, channels, handle time, first-contact resolution, CSAT and staffing.",
  },
  {
    slug: "voice-of-customer",
    name: "Voice of the customer",
    category: "practice",
    aliases: ["voice of customer", "VoC", "customer feedback analysis", "customer insights", "NPS programs"],
    description:
      "Collecting and analysing what customers say in surveys, tickets and interviews and turning it into improvements.",
  },

  // Sales.
  {
    slug: "consultative-selling",
    name: "Consultative selling",
    category: "practice",
    aliases: [
      "solution selling",
      "SPIN selling",
      "MEDDIC",
      "MEDDPICC",
      "Challenger Sale",
      "value selling",
      "needs-based selling",
      "objection handling",
    ],
    description:
      "Selling by diagnosing the buyer's problem, decision process and value, then shaping a solution and handling objections.",
  },
  {
    slug: "crm-pipeline-management",
    name: "CRM pipeline management",
    category: "practice",
    aliases: [
      "pipeline management",
      "sales pipeline",
      "deal management",
      "opportunity management",
      "pipeline hygiene",
    ],
    description:
      "Keeping deals, stages, next steps and contacts current in the CRM so the pipeline is accurate and nothing is dropped.",
  },
  {
    slug: "sales-prospecting",
    name: "Sales prospecting",
    category: "practice",
    aliases: [
      "prospecting",
      "outbound prospecting",
      "cold calling",
      "cold emailing",
      "outbound sales",
      "sales development",
    ],
    description:
      "Finding and contacting potential buyers by research, calls, email and social selling to create new opportunities.",
  },
  {
    slug: "sales-forecasting",
    name: "Sales forecasting",
    category: "practice",
    aliases: ["revenue forecasting", "pipeline forecasting", "quota planning", "forecast accuracy"],
    description:
      "Estimating which deals will close and when, and reporting the expected revenue against quota.",
  },
  {
    slug: "account-management",
    name: "Account management",
    category: "practice",
    aliases: [
      "key account management",
      "strategic account management",
      "customer retention",
      "account growth",
    ],
    description:
      "Owning relationships with existing customers: reviews, renewals, expansion and resolving problems before they cost the account.",
  },
  {
    slug: "proposal-writing",
    name: "Proposal writing",
    category: "practice",
    aliases: [
      "RFP responses",
      "RFP writing",
      "bid writing",
      "tender writing",
      "sales proposals",
      "quote preparation",
    ],
    description:
      "Writing sales proposals, quotes and responses to requests for proposal that win the buyer's approval.",
  },
  {
    slug: "product-knowledge",
    name: "Product knowledge",
    category: "domain",
    aliases: ["technical product knowledge", "product expertise", "product training"],
    description:
      "Deep knowledge of a product line's specifications, applications, pricing and limits, used to advise customers.",
  },
  {
    slug: "product-demonstration",
    name: "Product demonstrations",
    category: "practice",
    aliases: [
      "product demos",
      "sales demos",
      "product demo",
      "trade show demonstrations",
      "solution demonstrations",
    ],
    description:
      "Showing a product working in a way tailored to the buyer's situation, on site, at trade shows or online.",
  },

  // Education.
  {
    slug: "lesson-planning",
    name: "Lesson planning",
    category: "domain",
    aliases: ["lesson plans", "lesson design", "instructional planning", "unit planning"],
    description:
      "Planning lessons with objectives, activities, materials and checks for understanding aligned to standards.",
  },
  {
    slug: "classroom-management",
    name: "Classroom management",
    category: "practice",
    aliases: [
      "behavior management",
      "behaviour management",
      "classroom discipline",
      "PBIS",
      "positive behavior support",
    ],
    description:
      "Setting routines and expectations and handling behaviour so a class stays safe, focused and fair.",
  },
  {
    slug: "classroom-instruction",
    name: "Classroom instruction",
    category: "practice",
    aliases: [
      "direct instruction",
      "inquiry-based learning",
      "project-based learning",
      "socratic questioning",
    ],
    description:
      "Teaching a class live: explaining, modelling, questioning, running discussions and activities, and adjusting to the room.",
  },
  {
    slug: "differentiated-instruction",
    name: "Differentiated instruction",
    category: "practice",
    aliases: ["universal design for learning", "UDL", "ELL support", "ESL instruction"],
    description:
      "Adapting content, support and tasks so students at different levels, including English learners, can reach the same goals.",
  },
  {
    slug: "assessment-design",
    name: "Assessment design",
    category: "practice",
    aliases: [
      "rubric design",
      "test design",
      "formative assessment",
      "summative assessment",
      "item writing",
      "question writing",
    ],
    description:
      "Designing quizzes, tests, rubrics and tasks that measure learning objectives fairly and usefully.",
  },
  {
    slug: "data-driven-instruction",
    name: "Data-driven instruction",
    category: "practice",
    aliases: ["data-informed instruction", "student data analysis", "response to intervention", "MTSS"],
    description: "Using assessment results to group students, target reteaching and track interventions.",
  },
  {
    slug: "family-engagement",
    name: "Family engagement",
    category: "practice",
    aliases: [
      "parent communication",
      "parent-teacher conferences",
      "family communication",
      "parent engagement",
    ],
    description:
      "Communicating with parents and guardians and working with them on a student's progress and needs.",
  },
  {
    slug: "student-mentoring",
    name: "Student mentoring",
    category: "practice",
    aliases: ["student advising", "student support", "social-emotional learning", "mentoring students"],
    description:
      "Guiding and supporting individual students academically and personally, and referring them to help when needed.",
  },
  {
    slug: "special-education-accommodations",
    name: "IEP and 504 accommodations",
    category: "domain",
    aliases: [
      "IEP",
      "IEPs",
      "504 plans",
      "Section 504",
      "special education",
      "individualized education program",
      "IDEA compliance",
    ],
    description:
      "Implementing and documenting the accommodations and goals in students' IEPs and 504 plans with special-education teams.",
  },
  {
    slug: "curriculum-development",
    name: "Curriculum development",
    category: "domain",
    aliases: [
      "curriculum design",
      "scope and sequence",
      "curriculum mapping",
      "standards alignment",
      "backward design",
    ],
    description:
      "Designing a course or programme's sequence of units, outcomes and assessments aligned to standards.",
  },
  {
    slug: "edtech-integration",
    name: "Educational technology integration",
    category: "practice",
    aliases: [
      "edtech",
      "educational technology",
      "technology integration",
      "blended learning",
      "digital learning",
    ],
    description:
      "Choosing and using digital tools in teaching so they improve learning, with attention to privacy and equity.",
  },
  {
    slug: "student-information-systems",
    name: "Student information systems",
    category: "business-tool",
    aliases: [
      "PowerSchool",
      "Infinite Campus",
      "Skyward",
      "gradebook software",
      "student information system",
    ],
    description: "School systems for attendance, grades, schedules and student records.",
  },
  {
    slug: "google-classroom",
    name: "Google Classroom",
    category: "business-tool",
    aliases: ["Google for Education", "Google Workspace for Education"],
    description:
      "Google's platform for posting assignments, collecting work, grading and communicating with a class.",
  },

  // Human resources.
  {
    slug: "employee-relations",
    name: "Employee relations",
    category: "domain",
    aliases: [
      "labor relations",
      "labour relations",
      "grievance handling",
      "disciplinary procedures",
      "conflict mediation",
    ],
    description:
      "Handling workplace complaints, conflicts, discipline and the relationship between the organisation and its employees.",
  },
  {
    slug: "workplace-investigations",
    name: "Workplace investigations",
    category: "practice",
    aliases: [
      "HR investigations",
      "harassment investigations",
      "misconduct investigations",
      "internal investigations",
    ],
    description:
      "Investigating complaints impartially: planning, interviewing parties and witnesses, weighing evidence and documenting findings.",
  },
  {
    slug: "employment-law",
    name: "Employment law",
    category: "domain",
    aliases: [
      "labor law",
      "labour law",
      "FMLA",
      "FLSA",
      "ADA accommodations",
      "Title VII",
      "EEO compliance",
      "wage and hour law",
      "HR compliance",
    ],
    description:
      "Laws governing hiring, pay, leave, accommodation, discrimination and termination, and keeping HR practice within them.",
  },
  {
    slug: "talent-acquisition",
    name: "Talent acquisition",
    category: "domain",
    aliases: [
      "recruiting",
      "recruitment",
      "full-cycle recruiting",
      "sourcing candidates",
      "candidate sourcing",
      "technical recruiting",
    ],
    description: "Finding, attracting, screening and hiring candidates, from job posting to accepted offer.",
  },
  {
    slug: "applicant-tracking-systems",
    name: "Applicant tracking systems",
    category: "business-tool",
    aliases: ["ATS", "Greenhouse Recruiting", "iCIMS", "Workday Recruiting", "SmartRecruiters", "Taleo"],
    description:
      "Recruiting software for postings, applicant pipelines, interview scheduling, evaluations and offers.",
  },
  {
    slug: "hris",
    name: "HRIS",
    category: "business-tool",
    aliases: [
      "human resources information system",
      "HRMS",
      "HCM system",
      "BambooHR",
      "UKG",
      "ADP Workforce Now",
      "SAP SuccessFactors",
    ],
    description:
      "Systems of record for employee data, org structure, time off, benefits enrolment and HR workflows.",
  },
  {
    slug: "benefits-administration",
    name: "Benefits administration",
    category: "domain",
    aliases: [
      "benefits management",
      "open enrollment",
      "leave administration",
      "COBRA administration",
      "401(k) administration",
    ],
    description:
      "Running health, retirement and leave benefits: enrolment, eligibility, carrier coordination and employee questions.",
  },
  {
    slug: "performance-management",
    name: "Performance management",
    category: "practice",
    aliases: [
      "performance reviews",
      "performance improvement plans",
      "performance appraisal",
      "OKR coaching",
    ],
    description:
      "Setting goals, reviewing performance, and handling improvement plans and discipline fairly and with documentation.",
  },
  {
    slug: "employee-onboarding",
    name: "Employee onboarding",
    category: "practice",
    aliases: ["new hire onboarding", "new hire orientation", "I-9 verification", "E-Verify"],
    description:
      "Bringing new hires in: paperwork and eligibility checks, accounts and equipment, orientation and first-weeks plans.",
  },
  {
    slug: "people-analytics",
    name: "People analytics",
    category: "domain",
    aliases: [
      "HR analytics",
      "workforce analytics",
      "HR metrics",
      "turnover analysis",
      "EEO-1 reporting",
      "HR reporting",
    ],
    description:
      "Analysing workforce data such as headcount, turnover, hiring funnels, pay and engagement to inform people decisions.",
  },
  {
    slug: "structured-interviewing",
    name: "Structured interviewing",
    category: "practice",
    aliases: ["competency-based interviewing", "candidate assessment", "interview scorecards"],
    description:
      "Interviewing candidates with consistent job-related questions and scoring to make fair, defensible hiring decisions.",
  },
  {
    slug: "employee-engagement",
    name: "Employee engagement",
    category: "practice",
    aliases: [
      "engagement surveys",
      "employee experience",
      "culture programs",
      "recognition programs",
      "retention programs",
    ],
    description:
      "Measuring and improving how committed and satisfied employees are through surveys, recognition and culture work.",
  },

  // Learning and development.
  {
    slug: "instructional-design",
    name: "Instructional design",
    category: "practice",
    aliases: [
      "ADDIE",
      "SAM model",
      "learning design",
      "course design",
      "learning experience design",
      "training design",
    ],
    description:
      "Designing learning from objectives through activities, practice and assessment, using models such as ADDIE or SAM.",
  },
  {
    slug: "elearning-development",
    name: "eLearning development",
    category: "practice",
    aliases: [
      "e-learning development",
      "e-learning",
      "elearning",
      "online course development",
      "SCORM",
      "xAPI",
      "microlearning",
    ],
    description:
      "Building self-paced digital courses with interactions, media and tracking (SCORM or xAPI) for a learning platform.",
  },
  {
    slug: "articulate-storyline",
    name: "Articulate 360",
    category: "business-tool",
    aliases: ["Articulate Storyline", "Storyline 360", "Articulate Rise", "Rise 360"],
    description:
      "Articulate's e-learning authoring suite (Storyline and Rise) for building interactive, trackable courses.",
  },
  {
    slug: "adult-learning-theory",
    name: "Adult learning theory",
    category: "domain",
    aliases: [
      "andragogy",
      "adult learning principles",
      "experiential learning",
      "70-20-10",
      "spaced repetition",
    ],
    description:
      "Principles of how adults learn (relevance, experience, practice, spacing) used to design effective training.",
  },
  {
    slug: "training-needs-analysis",
    name: "Training needs analysis",
    category: "practice",
    aliases: [
      "needs assessment",
      "learning needs analysis",
      "TNA",
      "performance consulting",
      "skills gap analysis",
    ],
    description:
      "Finding the gap between current and required performance and deciding whether training, or something else, will close it.",
  },
  {
    slug: "learning-evaluation",
    name: "Learning evaluation",
    category: "practice",
    aliases: [
      "Kirkpatrick model",
      "training evaluation",
      "learning ROI",
      "Phillips ROI",
      "training effectiveness",
    ],
    description:
      "Measuring whether training worked, from reaction and learning to behaviour change and business results.",
  },
  {
    slug: "lms-administration",
    name: "LMS administration",
    category: "business-tool",
    aliases: [
      "learning management system",
      "LMS",
      "Cornerstone OnDemand",
      "Docebo",
      "Workday Learning",
      "SAP SuccessFactors Learning",
      "TalentLMS",
    ],
    description:
      "Running a learning management system: course catalogue, enrolments, compliance assignments and completion reporting.",
  },
  {
    slug: "facilitation",
    name: "Facilitation",
    category: "soft-skill",
    aliases: [
      "workshop facilitation",
      "training delivery",
      "virtual facilitation",
      "instructor-led training",
      "ILT",
      "VILT",
    ],
    description:
      "Leading group sessions so people participate, learn and reach outcomes, in a room or online.",
  },
  {
    slug: "storyboarding",
    name: "Storyboarding",
    category: "practice",
    aliases: ["storyboards", "video scripting", "script writing for training"],
    description:
      "Planning a video or course screen by screen with script, visuals and interactions before production.",
  },

  // Skilled trades: electrical.
  {
    slug: "nec-code-compliance",
    name: "NEC code compliance",
    category: "domain",
    aliases: [
      "National Electrical Code",
      "NFPA 70",
      "NEC 2023",
      "NEC 2020",
      "electrical code compliance",
      "electrical code",
    ],
    description:
      "Applying the National Electrical Code and local amendments to the design, installation and inspection of electrical work.",
  },
  {
    slug: "electrical-wiring",
    name: "Electrical wiring",
    category: "domain",
    aliases: [
      "residential wiring",
      "commercial wiring",
      "industrial wiring",
      "branch circuit wiring",
      "wire pulling",
    ],
    description:
      "Installing and terminating conductors, devices, panels and equipment in residential, commercial and industrial buildings.",
  },
  {
    slug: "conduit-bending",
    name: "Conduit bending",
    category: "domain",
    aliases: ["EMT bending", "rigid conduit", "conduit installation", "raceway installation", "offset bends"],
    description:
      "Measuring, bending and installing EMT, rigid and PVC conduit runs with offsets, saddles and kicks.",
  },
  {
    slug: "electrical-troubleshooting",
    name: "Electrical troubleshooting",
    category: "domain",
    aliases: ["electrical diagnostics", "circuit troubleshooting", "motor troubleshooting", "megger testing"],
    description:
      "Finding and fixing electrical faults with meters, testers and systematic isolation of circuits and components.",
  },
  {
    slug: "electrical-load-calculations",
    name: "Electrical load calculations",
    category: "domain",
    aliases: [
      "load calculations",
      "voltage drop calculations",
      "conductor sizing",
      "conduit fill calculations",
      "service sizing",
    ],
    description:
      "Calculating service and feeder loads, voltage drop, conductor, breaker and conduit sizes to code.",
  },
  {
    slug: "electrical-safety",
    name: "Electrical safety (NFPA 70E)",
    category: "practice",
    aliases: ["NFPA 70E", "arc flash safety", "lockout/tagout", "LOTO", "electrical safe work practices"],
    description:
      "Working safely on or near energised equipment: risk assessment, arc-flash PPE, lockout/tagout and test-before-touch.",
  },
  {
    slug: "jobsite-safety",
    name: "Jobsite safety",
    category: "practice",
    aliases: [
      "construction safety",
      "OSHA 10",
      "OSHA 30",
      "OSHA compliance",
      "fall protection",
      "site safety",
    ],
    description:
      "Following OSHA construction rules and safe work practices on site: fall protection, ladders, trenching, confined spaces and PPE.",
  },
  {
    slug: "solar-pv-installation",
    name: "Solar PV installation",
    category: "domain",
    aliases: [
      "solar installation",
      "photovoltaic installation",
      "PV systems",
      "solar panel installation",
      "battery storage installation",
    ],
    description:
      "Installing and commissioning photovoltaic arrays, inverters and battery storage to NEC Article 690 and utility rules.",
  },
  {
    slug: "ev-charger-installation",
    name: "EV charger installation",
    category: "domain",
    aliases: [
      "EVSE installation",
      "EV charging installation",
      "electric vehicle charger installation",
      "Level 2 charger installation",
    ],
    description:
      "Sizing circuits for and installing electric-vehicle charging equipment, including load management.",
  },
  {
    slug: "fire-alarm-systems",
    name: "Fire alarm systems",
    category: "domain",
    aliases: ["fire alarm installation", "NFPA 72", "life safety systems", "fire alarm troubleshooting"],
    description:
      "Installing, testing and servicing fire alarm control panels, initiating devices and notification appliances to NFPA 72.",
  },
  {
    slug: "blueprint-reading",
    name: "Blueprint reading",
    category: "domain",
    aliases: [
      "print reading",
      "reading construction drawings",
      "reading blueprints",
      "construction drawings",
      "schematic reading",
    ],
    description:
      "Reading construction drawings, schedules, schematics and specifications to plan and install work.",
  },
  {
    slug: "construction-estimating",
    name: "Construction estimating",
    category: "domain",
    aliases: [
      "takeoffs",
      "material takeoff",
      "quantity takeoff",
      "job estimating",
      "bid estimating",
      "trade estimating",
    ],
    description:
      "Counting materials from drawings and pricing labour and material to produce bids and job quotes.",
  },
  {
    slug: "field-service-software",
    name: "Field service management software",
    category: "business-tool",
    aliases: [
      "ServiceTitan",
      "Jobber",
      "Housecall Pro",
      "FieldEdge",
      "field service management",
      "FSM software",
    ],
    description:
      "Software that books, dispatches, quotes, invoices and records jobs for trade and home-service businesses.",
  },

  // Skilled trades: plumbing.
  {
    slug: "pipefitting",
    name: "Pipefitting",
    category: "domain",
    aliases: [
      "pipe fitting",
      "pipe installation",
      "PEX installation",
      "copper piping",
      "threading pipe",
      "steamfitting",
    ],
    description:
      "Cutting, fitting, joining and supporting pipe of copper, PEX, plastic, cast iron and steel in building systems.",
  },
  {
    slug: "soldering-and-brazing",
    name: "Soldering and brazing",
    category: "domain",
    aliases: ["sweat soldering", "brazing", "pipe soldering", "silver brazing"],
    description:
      "Joining copper pipe and fittings with solder or brazing alloys so joints are sound under pressure.",
  },
  {
    slug: "plumbing-code-compliance",
    name: "Plumbing code compliance",
    category: "domain",
    aliases: ["International Plumbing Code", "Uniform Plumbing Code", "plumbing code", "fuel gas code"],
    description:
      "Applying the adopted plumbing and fuel-gas codes and local amendments to installations and inspections.",
  },
  {
    slug: "drain-and-sewer-diagnostics",
    name: "Drain and sewer diagnostics",
    category: "domain",
    aliases: [
      "sewer camera inspection",
      "drain cleaning",
      "hydro jetting",
      "leak detection",
      "sewer line repair",
    ],
    description:
      "Finding and clearing blockages, leaks and broken lines with cameras, locators, pressure tests and jetting.",
  },
  {
    slug: "pipe-sizing",
    name: "Pipe sizing",
    category: "domain",
    aliases: [
      "fixture unit calculations",
      "drain waste vent sizing",
      "DWV design",
      "gas pipe sizing",
      "water supply sizing",
    ],
    description:
      "Sizing water-supply, drain-waste-vent and gas piping from fixture units, demand and code tables.",
  },
  {
    slug: "gas-piping",
    name: "Gas piping",
    category: "domain",
    aliases: [
      "gas fitting",
      "gas line installation",
      "natural gas piping",
      "CSST installation",
      "gas pressure testing",
    ],
    description:
      "Installing, pressure-testing and repairing natural gas and propane piping to appliances safely and to code.",
  },
  {
    slug: "backflow-prevention",
    name: "Backflow prevention testing",
    category: "domain",
    aliases: ["backflow testing", "cross-connection control", "backflow prevention", "RPZ testing"],
    description:
      "Installing, testing and repairing backflow prevention assemblies that protect drinking water from contamination.",
  },
  {
    slug: "water-heater-installation",
    name: "Water heater installation",
    category: "domain",
    aliases: [
      "tankless water heater installation",
      "heat pump water heater",
      "water heater repair",
      "boiler installation",
    ],
    description:
      "Installing and servicing tank, tankless and heat-pump water heaters with venting, gas or electrical and relief connections.",
  },
  {
    slug: "medical-gas-systems",
    name: "Medical gas systems",
    category: "domain",
    aliases: ["medical gas installation", "med gas piping", "NFPA 99"],
    description:
      "Installing and brazing medical gas and vacuum piping in healthcare facilities to NFPA 99 and ASSE 6000 standards.",
  },
];
