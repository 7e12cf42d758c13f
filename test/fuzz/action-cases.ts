// The fuzz table: every server action that takes input, with what its fields look like. A new
// action must be added here (or to HTTP_FUZZED / NO_INPUT below); actions-fuzz.test.ts fails
// until it is.
import fc from "fast-check";
import * as profile from "@/lib/profile/actions";
import * as goals from "@/lib/goals/actions";
import * as resume from "@/lib/resume-analysis/actions";
import * as settings from "@/lib/settings/actions";
import { catalog } from "@/lib/catalog";
import { addDays, dayOf } from "@/lib/clock";
import type { ActionCore } from "@/lib/action";
import { anyValue, levelish, nastyString, yearsish } from "./arbitraries";

/** Ids the generators draw from: the user's own, another user's, and ones that never existed. */
export interface FuzzIds {
  ownSkills: string[];
  otherSkills: string[];
  ownAnalyses: string[];
  otherAnalyses: string[];
  ownGoals: string[];
  otherGoals: string[];
}

export interface ActionFuzzCase {
  /** "<module>#<export>", as the coverage check finds it. */
  name: string;
  core: ActionCore<unknown>;
  /** Per field: values meant to break it. */
  hostile: (ids: FuzzIds) => Record<string, fc.Arbitrary<unknown>>;
  /** Per field: values the schema accepts, so the handler runs too (its own refusals included). */
  valid: (ids: FuzzIds) => Record<string, fc.Arbitrary<unknown>>;
  /** False when random input can never succeed (a password nobody can guess). */
  canSucceed?: false;
}

const pick = <T>(xs: T[]) => fc.constantFrom(...xs);
const slugs = (xs: { slug: string }[]) => xs.filter((_, i) => i % 7 === 0).map((x) => x.slug);
const roleSlug = fc.oneof(
  pick(slugs(catalog.roles)),
  pick(["backend-developer", "no-such-role", ""]),
  fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
  nastyString,
);
const skillSlug = fc.oneof(
  pick(slugs(catalog.skills)),
  pick(["kubernetes", "python", "no-such-skill"]),
  fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
  nastyString,
);
const someId = (...pools: string[][]) =>
  fc.oneof(...pools.filter((p) => p.length).map(pick), fc.uuid(), nastyString);
const password = fc.oneof(
  nastyString,
  fc.string({ minLength: 8, maxLength: 140 }),
  pick(["password", "correct horse battery stapl", "x".repeat(1025)]),
);

const fromModule = (path: string, actions: Record<string, unknown>) => (name: string) => {
  const a = actions[name] as { core?: ActionCore<unknown> };
  if (!a?.core) throw new Error(`${path}#${name} is not an action() with a core`);
  return { name: `${path}#${name}`, core: a.core };
};
const p = fromModule("lib/profile/actions.ts", profile);
const r = fromModule("lib/resume-analysis/actions.ts", resume);
const s = fromModule("lib/settings/actions.ts", settings);
const g = fromModule("lib/goals/actions.ts", goals);

const validSkill = pick(["kubernetes", "python", "docker", "terraform", "sql", "react", "no-such-skill"]);
const validRole = pick(["backend-developer", "data-analyst", "site-reliability-engineer", "no-such-role"]);
const validLevel = fc.integer({ min: 1, max: 5 });
const validYears = fc.oneof(
  fc.constant(""),
  fc.integer({ min: 0, max: 60 }),
  fc.double({ min: 0, max: 60, noNaN: true }),
);
// Due dates from the past to beyond the ten years a goal may span.
const dueDay = fc.integer({ min: -30, max: 4_000 }).map((d) => addDays(dayOf(new Date()), d));
const goalKind = pick(["skill", "tool", "certification", "manual"]);
const plainName = fc
  .string({ minLength: 1, maxLength: 80 })
  .filter((x) => x.trim().length > 0 && !/[\u0000-\u001F\u007F]/.test(x));

export const ACTION_CASES: ActionFuzzCase[] = [
  {
    ...p("chooseRoles"),
    hostile: () => ({ roleSlug, targetRoleSlug: roleSlug, yearsExperience: yearsish }),
    valid: () => ({
      roleSlug: validRole,
      targetRoleSlug: fc.oneof(fc.constant(""), validRole),
      yearsExperience: fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 60 })),
    }),
  },
  {
    ...p("addProfileSkill"),
    hostile: () => ({
      skillSlug: fc.oneof(skillSlug, fc.constant("")),
      customName: fc.oneof(nastyString, fc.constant("")),
      level: levelish,
      yearsUsed: yearsish,
    }),
    valid: () => ({
      skillSlug: fc.oneof(validSkill, fc.constant("")),
      customName: fc.oneof(plainName, fc.constant("")),
      level: validLevel,
      yearsUsed: validYears,
    }),
  },
  {
    ...p("updateProfileSkill"),
    hostile: (ids) => ({ id: someId(ids.ownSkills, ids.otherSkills), level: levelish, yearsUsed: yearsish }),
    valid: (ids) => ({
      id: fc.oneof(pick(ids.ownSkills), pick(ids.otherSkills), fc.uuid()),
      level: validLevel,
      yearsUsed: validYears,
    }),
  },
  {
    ...p("removeProfileSkill"),
    hostile: (ids) => ({ id: someId(ids.ownSkills, ids.otherSkills) }),
    valid: (ids) => ({ id: fc.oneof(pick(ids.ownSkills), pick(ids.otherSkills), fc.uuid()) }),
  },
  {
    ...p("raiseProfileSkill"),
    hostile: () => ({ skillSlug, level: levelish }),
    valid: () => ({ skillSlug: validSkill, level: validLevel }),
  },
  {
    ...r("addFoundSkills"),
    hostile: () => ({
      skills: fc.oneof(
        fc.array(fc.record({ skillSlug, level: levelish }, { requiredKeys: [] }), { maxLength: 6 }),
        anyValue,
      ),
    }),
    valid: () => ({
      skills: fc.array(fc.record({ skillSlug: validSkill, level: validLevel }), {
        minLength: 1,
        maxLength: 6,
      }),
    }),
  },
  {
    ...r("deleteResumeAnalysis"),
    hostile: (ids) => ({ id: someId(ids.ownAnalyses, ids.otherAnalyses) }),
    valid: (ids) => ({ id: fc.oneof(pick(ids.ownAnalyses), pick(ids.otherAnalyses), fc.uuid()) }),
  },
  {
    ...g("addGoal"),
    hostile: () => ({
      kind: fc.oneof(goalKind, nastyString, anyValue),
      targetSlug: fc.oneof(skillSlug, fc.constant("cka")),
      level: levelish,
      title: nastyString,
      dueOn: fc.oneof(dueDay, nastyString, anyValue),
    }),
    valid: () => ({
      kind: goalKind,
      targetSlug: fc.oneof(validSkill, pick(["github-copilot", "cka", "ckad"])),
      level: validLevel,
      title: plainName,
      dueOn: dueDay,
    }),
  },
  {
    ...g("markGoalDone"),
    hostile: (ids) => ({ id: someId(ids.ownGoals, ids.otherGoals) }),
    valid: (ids) => ({ id: fc.oneof(pick(ids.ownGoals), pick(ids.otherGoals), fc.uuid()) }),
  },
  {
    ...g("removeGoal"),
    hostile: (ids) => ({ id: someId(ids.ownGoals, ids.otherGoals) }),
    valid: (ids) => ({ id: fc.oneof(pick(ids.ownGoals), pick(ids.otherGoals), fc.uuid()) }),
  },
  {
    ...s("changePassword"),
    hostile: () => ({ currentPassword: password, newPassword: password }),
    valid: () => ({
      currentPassword: fc.string({ minLength: 1, maxLength: 64 }),
      newPassword: fc.string({ minLength: 8, maxLength: 64 }),
    }),
    canSucceed: false,
  },
  {
    ...s("deleteMyAccount"),
    hostile: () => ({ password, confirm: fc.oneof(fc.boolean(), anyValue) }),
    valid: () => ({ password: fc.string({ minLength: 1, maxLength: 64 }), confirm: fc.constant(true) }),
    canSucceed: false,
  },
];

/**
 * Actions fuzzed over HTTP instead (e2e/fuzz-public.spec.ts): they sign in through Auth.js, which
 * needs a real Next.js request.
 */
export const HTTP_FUZZED = ["lib/auth/actions.ts#logIn", "lib/auth/actions.ts#signUp"];

/** Actions that take no input at all ("sign out everywhere" acts on the session's own user only). */
export const NO_INPUT = ["lib/auth/actions.ts#signOutAction", "lib/settings/actions.ts#signOutEverywhere"];

/**
 * Public actions that read the request (client address, after()), so they cannot run in vitest:
 * their schemas and the queries behind them are fuzzed in password-reset-fuzz.test.ts.
 */
export const QUERY_FUZZED = ["lib/auth/actions.ts#requestPasswordReset", "lib/auth/actions.ts#resetPassword"];
