// Catalog content types. Content lives in small typed files (one per role, skills by category)
// so a reviewer reads a role on one screen; lib/catalog/index.ts gathers them.

export const INDUSTRIES = {
  technology: "Technology",
  finance: "Finance and accounting",
  "marketing-media": "Marketing and media",
  healthcare: "Healthcare",
  legal: "Legal",
  administration: "Administration and operations",
  "customer-service": "Customer service and sales",
  education: "Education",
  "human-resources": "Human resources",
  "skilled-trades": "Skilled trades and logistics",
} as const;
export type Industry = keyof typeof INDUSTRIES;

export const SKILL_CATEGORIES = {
  language: "Programming languages",
  framework: "Frameworks and libraries",
  database: "Databases",
  cloud: "Cloud platforms",
  devops: "DevOps and infrastructure",
  data: "Data and analytics",
  "ai-ml": "AI and machine learning",
  security: "Security",
  testing: "Testing and quality",
  design: "Design",
  networking: "Networking and systems",
  practice: "Practices and methods",
  "soft-skill": "Soft skills",
  domain: "Domain knowledge",
  "business-tool": "Business software",
  "ai-tool": "AI tools",
} as const;
export type SkillCategory = keyof typeof SKILL_CATEGORIES;

export interface SkillDef {
  slug: string;
  name: string;
  category: SkillCategory;
  /** Other spellings, abbreviations and versions found in resumes: "k8s", "Golang", "ReactJS". */
  aliases?: string[];
  /**
   * Match only with this exact capitalisation (applies to name and aliases). Set it for short or
   * ordinary-word names ("Go", "R", "C", "Swift", "Rust", "Spring", "Express", "Chef").
   */
  caseSensitive?: boolean;
  description: string;
}

export type Timeline = "now" | "1-2y" | "3-5y" | "5y+";

export const PROTECTIONS = {
  judgment: "Judgment under ambiguity",
  accountability: "Accountability for outcomes",
  stakeholders: "Stakeholder relationships",
  "physical-presence": "Physical presence",
  "novel-design": "Novel design",
  trust: "Trust and empathy",
  ethics: "Ethical and legal responsibility",
  "tacit-knowledge": "Tacit, local knowledge",
  leadership: "Leadership",
} as const;
export type Protection = keyof typeof PROTECTIONS;

export interface SkillWeight {
  /** Skill slug. */
  skill: string;
  /** Relative weight inside the task (any positive numbers; they are normalised). */
  weight: number;
}

interface TaskBase {
  slug: string;
  title: string;
  description: string;
  /** Share of the role's time; a role's shares sum to 1. */
  importance: number;
  /** How much of this task AI can do, 0–1. */
  exposure: number;
  /** At least 2. */
  skills: SkillWeight[];
}

export interface AtRiskTaskDef extends TaskBase {
  kind: "at_risk";
  timeline: Timeline;
}

export interface SafeTaskDef extends TaskBase {
  kind: "safe";
  protectedBy: Protection[];
}

export type TaskDef = AtRiskTaskDef | SafeTaskDef;

export interface RoleToolDef {
  /** AI tool slug. */
  tool: string;
  effect: "augments" | "automates";
  /** Task slugs of this role it acts on. */
  tasks: string[];
  /** What it does for this role, in one or two sentences. */
  note: string;
}

export interface SalaryBandDef {
  /** Typical annual base pay range, USD. */
  min: number;
  max: number;
  /** Projected change in real pay over the next five years, percent, low and high. */
  changePct: [number, number];
}

export interface AdaptationStepDef {
  title: string;
  detail: string;
  /** Task slugs this step protects or augments. */
  tasks: string[];
  /** Skill slugs this step builds. */
  skills: string[];
}

export interface RoleDef {
  slug: string;
  title: string;
  industry: Industry;
  /** 2018 SOC code (6 digits, "15-1252") where one fits. */
  socCode?: string;
  /** Other titles people search for: "Back-end engineer", "API developer". */
  aliases: string[];
  overview: string;
  tasks: TaskDef[];
  tools: RoleToolDef[];
  /** Certification slugs. */
  certifications: string[];
  salary: {
    entry: SalaryBandDef;
    mid: SalaryBandDef;
    senior: SalaryBandDef;
    /** What drives the projection (AI-literacy premium, which levels gain or lose). */
    note: string;
  };
  adaptation: AdaptationStepDef[];
  /** Role slugs. */
  related: string[];
}

export interface AiToolDef {
  slug: string;
  name: string;
  vendor: string;
  url: string;
  description: string;
  /** Spellings found in resumes ("GH Copilot"). The tool is also a skill (category "ai-tool") with the
   * same slug: having it in a profile counts as using the tool. */
  aliases?: string[];
  caseSensitive?: boolean;
}

export type CertificationLevel = "foundational" | "associate" | "professional" | "expert" | "specialty";

export interface CertificationDef {
  slug: string;
  /** Exact official name. */
  name: string;
  issuer: string;
  level: CertificationLevel;
  /** Skill slugs it evidences. */
  skills: string[];
  /** Typical preparation hours for someone with the prerequisites. */
  prepHours: number;
  url: string;
}

/** Published research figures for one SOC code, with percentiles within each data set. */
export interface ResearchSignals {
  socCode: string;
  title: string;
  eloundouHumanBeta: number;
  eloundouHumanBetaPct: number;
  eloundouGpt4Beta: number;
  eloundouGpt4BetaPct: number;
  microsoftApplicability: number | null;
  microsoftApplicabilityPct: number | null;
}
