import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AiToolDef, CertificationDef, RoleDef, SkillDef } from "@/lib/catalog/types";
import type { Occupation } from "@/lib/catalog/occupation-schema";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    // Stored lowercased and trimmed; uniqueness is on this form.
    email: text().notNull(),
    passwordHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/**
 * One row per signed-in browser. The JWT carries only the row id, so deleting the row (sign-out,
 * password change, account deletion) makes a copied token useless at once.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

/** Fixed-window counters shared by every app instance (sign-in, sign-up, password reset, public API). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true })
    .notNull()
    .default(sql`now()`),
  count: integer().notNull().default(0),
});

/**
 * Password-reset links: only the SHA-256 of the token is stored, so a copy of the database cannot be
 * used to reset anyone's password. Single use (usedAt), valid for minutes (expiresAt).
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("password_resets_token_hash_key").on(t.tokenHash),
    index("password_resets_user_id_idx").on(t.userId),
  ],
);

export type AuditKind =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_throttled"
  | "sign_out"
  | "sign_out_everywhere"
  | "password_changed"
  | "password_reset_requested"
  | "password_reset_completed"
  | "export"
  | "import"
  | "account_deleted";

/**
 * Security events. Never a password, token, hash or typed email. user_id goes null when the account
 * is deleted (nothing then points at the person); the deletion event itself keeps only `subject`, a
 * keyed hash of the deleted id that cannot be turned back into it.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    kind: text().$type<AuditKind>().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    client: text(),
    subject: text(),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_user_id_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;

// ── Catalog: loaded from lib/catalog at start-up (db/catalog-sync.ts). Keyed by slug so user data can
// reference an entry; an entry dropped from the catalog while users reference it is retired, not deleted.

const retiredAt = () => timestamp({ withTimezone: true });

export const catalogRoles = pgTable("catalog_roles", {
  slug: text().primaryKey(),
  title: text().notNull(),
  industry: text().notNull(),
  socCode: text(),
  riskScore: doublePrecision().notNull(),
  riskCategory: text().notNull(),
  definition: jsonb().$type<RoleDef>().notNull(),
  retiredAt: retiredAt(),
});

export const catalogSkills = pgTable("catalog_skills", {
  slug: text().primaryKey(),
  name: text().notNull(),
  category: text().notNull(),
  definition: jsonb().$type<SkillDef>().notNull(),
  retiredAt: retiredAt(),
});

export const catalogAiTools = pgTable("catalog_ai_tools", {
  slug: text().primaryKey(),
  name: text().notNull(),
  vendor: text().notNull(),
  definition: jsonb().$type<AiToolDef>().notNull(),
  retiredAt: retiredAt(),
});

export const catalogCertifications = pgTable("catalog_certifications", {
  slug: text().primaryKey(),
  name: text().notNull(),
  issuer: text().notNull(),
  definition: jsonb().$type<CertificationDef>().notNull(),
  retiredAt: retiredAt(),
});

/** Fingerprint of the catalog last synced, so an unchanged catalog costs one read at start-up. */
export const catalogVersion = pgTable("catalog_version", {
  id: integer().primaryKey().default(1),
  fingerprint: text().notNull(),
  syncedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// ── Profiles: a user's role and skills. Catalog references are by slug (restrict: the catalog sync
// retires a referenced entry instead of deleting it).

export const profiles = pgTable("profiles", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  roleSlug: text().references(() => catalogRoles.slug),
  targetRoleSlug: text().references(() => catalogRoles.slug),
  yearsExperience: integer(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const userSkills = pgTable(
  "user_skills",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A catalog skill, or null for a custom skill the catalog does not know. */
    skillSlug: text().references(() => catalogSkills.slug),
    customName: text(),
    level: integer().notNull(),
    yearsUsed: real(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("user_skills_user_skill_key").on(t.userId, t.skillSlug),
    uniqueIndex("user_skills_user_custom_key").on(t.userId, sql`lower(${t.customName})`),
    check("user_skills_level_range", sql`${t.level} between 1 and 5`),
    check("user_skills_one_kind", sql`(${t.skillSlug} is null) <> (${t.customName} is null)`),
  ],
);

export type Profile = typeof profiles.$inferSelect;
export type UserSkill = typeof userSkills.$inferSelect;

// ── Resume analyses: what was found, and the resume text only when the user asked to keep a copy.

export interface StoredFoundSkill {
  slug: string;
  name: string;
  category: string;
  count: number;
}

export const resumeAnalyses = pgTable(
  "resume_analyses",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    source: text().notNull(),
    fileName: text(),
    /** Null unless the user ticked "keep a copy". */
    resumeText: text(),
    roleSlug: text(),
    found: jsonb().$type<StoredFoundSkill[]>().notNull(),
    jobSkills: jsonb().$type<StoredFoundSkill[]>(),
    /** Share of the job description's skills found in the resume, 0–1; null without one. */
    matchRate: real(),
  },
  (t) => [index("resume_analyses_user_created_idx").on(t.userId, t.createdAt)],
);

export type ResumeAnalysis = typeof resumeAnalyses.$inferSelect;

// ── History: append-only skill events, and one snapshot of the figures per user, role and day (the
// day's last state), written in the same transaction as the profile change they describe.

export const skillEvents = pgTable(
  "skill_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull(),
    kind: text().$type<"added" | "level_changed" | "removed">().notNull(),
    /** Catalog slug, or null for a custom skill (then customName). Not a foreign key: history outlives the catalog. */
    skillSlug: text(),
    customName: text(),
    skillName: text().notNull(),
    fromLevel: integer(),
    toLevel: integer(),
  },
  (t) => [index("skill_events_user_at_idx").on(t.userId, t.at)],
);

export const snapshots = pgTable(
  "snapshots",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roleSlug: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    exposure: doublePrecision().notNull(),
    personalExposure: doublePrecision(),
    resilience: doublePrecision().notNull(),
    aiLeverage: doublePrecision().notNull(),
    skillCount: integer().notNull(),
    /** Task slug → the user's coverage of it that day. */
    taskCoverage: jsonb().$type<Record<string, number>>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.roleSlug, t.day] }),
    // Covers the progress chart's figures: one user's days are spread over as many heap pages as
    // there are days (they are written a day at a time), so a year of history read from the table
    // was a year of page reads. From this index it is a handful (index-only scan).
    index("snapshots_user_role_day_figures_idx").on(
      t.userId,
      t.roleSlug,
      t.day,
      t.exposure,
      t.personalExposure,
      t.resilience,
      t.aiLeverage,
      t.skillCount,
    ),
  ],
);

export type SkillEvent = typeof skillEvents.$inferSelect;
export type Snapshot = typeof snapshots.$inferSelect;

// ── Goals: reach a skill level, adopt a tool, earn a certification, or anything written by hand.

export type GoalKind = "skill" | "tool" | "certification" | "manual";

export const goals = pgTable(
  "goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().$type<GoalKind>().notNull(),
    /** Skill or tool slug (skill, tool) or certification slug; null for a goal written by hand. Not a foreign key: goals outlive the catalog. */
    targetSlug: text(),
    /** The level to reach, for skill and tool goals. */
    level: integer(),
    title: text().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("goals_user_due_idx").on(t.userId, t.dueOn),
    // One open goal per target: "Add goal" twice on the same recommendation makes one goal.
    uniqueIndex("goals_user_open_target_key")
      .on(t.userId, t.kind, sql`coalesce(${t.targetSlug}, lower(${t.title}))`)
      .where(sql`${t.doneAt} is null`),
    check("goals_level_range", sql`${t.level} is null or ${t.level} between 1 and 5`),
  ],
);

export type Goal = typeof goals.$inferSelect;

// ── Occupations: every BLS OEWS occupation and the O*NET job titles that find it, loaded at start-up
// from catalog/occupations.json and catalog/job-titles.json (db/occupation-sync.ts). Reference data
// only: no user data points at these tables, so a sync replaces their rows.

export const occupations = pgTable("occupations", {
  soc: text().primaryKey(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  majorGroup: text().notNull(),
  employment: integer().notNull(),
  medianWage: integer(),
  /** Mean of the published exposure figures' percentiles, 0–1 (null where none is published). */
  meanPercentile: doublePrecision(),
  data: jsonb().$type<Occupation>().notNull(),
});

/**
 * Titles people search for: the BLS title, O*NET's alternate, occupation and short titles (soc set),
 * and the curated roles' titles and aliases (roleSlug set, soc the role's code if any; the same
 * titles also find the role's occupation, roleSlug null). `normalized` is
 * lib/search/normalize.ts's form: trigram index for fuzzy matches, btree for exact and prefix.
 */
export const jobTitles = pgTable(
  "job_titles",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    normalized: text().notNull(),
    soc: text(),
    roleSlug: text(),
    kind: text().$type<"oews" | "onet" | "onet-short" | "role-title" | "role-alias">().notNull(),
  },
  (t) => [
    index("job_titles_normalized_trgm_idx").using("gin", t.normalized.op("gin_trgm_ops")),
    index("job_titles_normalized_idx").on(t.normalized.op("text_pattern_ops")),
    check("job_titles_one_target", sql`${t.soc} is not null or ${t.roleSlug} is not null`),
  ],
);

/** Fingerprints of the reference data last loaded ("onet": the two catalog/ files; "roles": the roles' titles). */
export const catalogDataVersions = pgTable("catalog_data_versions", {
  name: text().primaryKey(),
  fingerprint: text().notNull(),
  syncedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type OccupationRow = typeof occupations.$inferSelect;
