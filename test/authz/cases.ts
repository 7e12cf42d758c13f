// The authorisation matrix: every way a signed-in user B can reach data, tried on user A's. Each
// row names the entry point (the page, route or action) and makes B's attempt; the test then
// checks B got a refusal or nothing of A's, and that A's rows are exactly as before. New user-owned
// data (goals, …) gets its rows here; authorization.test.ts fails while an action has none.
import * as profile from "@/lib/profile/actions";
import * as goals from "@/lib/goals/actions";
import * as resume from "@/lib/resume-analysis/actions";
import * as settings from "@/lib/settings/actions";
import { analyzeUserProfile } from "@/lib/profile/analysis";
import { completeGoal, deleteGoal, listGoals } from "@/lib/goals/queries";
import type { PopulatedUser } from "@/test/fuzz/fixtures";
import { changesSince, snapshotSeries } from "@/lib/history/queries";
import { getProfile, removeSkill, updateSkill } from "@/lib/profile/queries";
import { deleteAnalysis, getAnalysis, listAnalyses } from "@/lib/resume-analysis/service";
import { handleResumeUpload } from "@/lib/resume-analysis/upload";
import { exportCsv, exportData } from "@/lib/settings/export";

export interface AuthzCase {
  /** The entry point, as a person would name it. */
  name: string;
  /** Server actions this row exercises ("<module>#<export>"), for the coverage check. */
  actions?: string[];
  /** B's attempt on A's data. */
  attempt: (a: PopulatedUser, b: PopulatedUser) => Promise<unknown>;
  /**
   * "refused": B gets null, false, `{ ok: false }` or a 4xx. "own data": B's request works but
   * what comes back holds nothing of A's.
   */
  expect: "refused" | "own data";
}

const P = "lib/profile/actions.ts";
const R = "lib/resume-analysis/actions.ts";
const S = "lib/settings/actions.ts";
const G = "lib/goals/actions.ts";
const upload = (b: PopulatedUser, text: string) => {
  const form = new FormData();
  form.set("text", text);
  form.set("keepCopy", "on");
  return handleResumeUpload(
    new Request("http://localhost/api/resume/analyses", { method: "POST", body: form }),
    b.id,
  );
};

export const AUTHZ_CASES: AuthzCase[] = [
  // Reads: what B can see.
  {
    name: "/resume/[id]: A's analysis by id",
    expect: "refused",
    attempt: (a, b) => getAnalysis(b.id, a.analysisIds[0]),
  },
  { name: "/resume: the list of analyses", expect: "own data", attempt: (_, b) => listAnalyses(b.id) },
  { name: "/profile: the profile", expect: "own data", attempt: (_, b) => getProfile(b.id) },
  { name: "/dashboard: the analysis", expect: "own data", attempt: (_, b) => analyzeUserProfile(b.id) },
  {
    name: "/progress: snapshots",
    expect: "own data",
    attempt: (_, b) => snapshotSeries(b.id, "backend-developer"),
  },
  {
    name: "/progress: changes since a date",
    expect: "own data",
    attempt: (_, b) => changesSince(b.id, "backend-developer", new Date(0)),
  },
  { name: "/api/export/json", expect: "own data", attempt: (_, b) => exportData(b.id) },
  { name: "/api/export/csv", expect: "own data", attempt: (_, b) => exportCsv(b.id) },
  { name: "/progress and /dashboard: goals", expect: "own data", attempt: (_, b) => listGoals(b.id) },

  // Actions that take an id: A's id, from B's session.
  {
    name: "change the level of A's skill",
    actions: [`${P}#updateProfileSkill`],
    expect: "refused",
    attempt: (a, b) => profile.updateProfileSkill.core({ id: a.skillIds[2], level: 5, yearsUsed: "" }, b),
  },
  {
    name: "remove A's skill",
    actions: [`${P}#removeProfileSkill`],
    expect: "refused",
    attempt: (a, b) => profile.removeProfileSkill.core({ id: a.skillIds[0] }, b),
  },
  {
    name: "delete A's resume analysis",
    actions: [`${R}#deleteResumeAnalysis`],
    expect: "refused",
    attempt: (a, b) => resume.deleteResumeAnalysis.core({ id: a.analysisIds[0] }, b),
  },
  {
    name: "mark A's goal done",
    actions: [`${G}#markGoalDone`],
    expect: "refused",
    attempt: (a, b) => goals.markGoalDone.core({ id: a.goalIds[0] }, b),
  },
  {
    name: "delete A's goal",
    actions: [`${G}#removeGoal`],
    expect: "refused",
    attempt: (a, b) => goals.removeGoal.core({ id: a.goalIds[1] }, b),
  },
  // Actions with A's password: they only ever act on the session's own account.
  {
    name: "change password, giving A's password",
    actions: [`${S}#changePassword`],
    expect: "refused",
    attempt: (a, b) =>
      settings.changePassword.core({ currentPassword: a.password, newPassword: "a brand new passphrase" }, b),
  },
  {
    name: "delete account, giving A's password",
    actions: [`${S}#deleteMyAccount`],
    expect: "refused",
    attempt: (a, b) => settings.deleteMyAccount.core({ password: a.password, confirm: true }, b),
  },
  // Actions without an id: they work on B's own data, with A's names and skills as input.
  {
    name: "choose roles",
    actions: [`${P}#chooseRoles`],
    expect: "own data",
    attempt: (_, b) =>
      profile.chooseRoles.core({ roleSlug: "data-analyst", targetRoleSlug: "", yearsExperience: 2 }, b),
  },
  {
    name: "add a skill named like A's",
    actions: [`${P}#addProfileSkill`],
    expect: "own data",
    attempt: (a, b) =>
      profile.addProfileSkill.core(
        { skillSlug: "", customName: a.customSkill.toUpperCase(), level: 3, yearsUsed: "" },
        b,
      ),
  },
  {
    name: "raise a skill A has too",
    actions: [`${P}#raiseProfileSkill`],
    expect: "own data",
    attempt: (_, b) => profile.raiseProfileSkill.core({ skillSlug: "kubernetes", level: 5 }, b),
  },
  {
    name: "add a goal",
    actions: [`${G}#addGoal`],
    expect: "own data",
    attempt: (_, b) =>
      goals.addGoal.core({ kind: "skill", targetSlug: "terraform", level: 3, dueOn: "2030-01-01" }, b),
  },
  {
    name: "add skills found in a resume",
    actions: [`${R}#addFoundSkills`],
    expect: "own data",
    attempt: (_, b) => resume.addFoundSkills.core({ skills: [{ skillSlug: "python", level: 5 }] }, b),
  },
  {
    name: "/api/resume/analyses: upload",
    expect: "own data",
    attempt: async (_, b) => (await upload(b, "Python, Kubernetes and SQL")).json(),
  },

  // The guard next to the data: the queries themselves, given A's ids and B's user id.
  {
    name: "updateSkill(B, A's skill)",
    expect: "refused",
    attempt: (a, b) => updateSkill(b.id, a.skillIds[0], { level: 1, yearsUsed: null }),
  },
  {
    name: "removeSkill(B, A's skill)",
    expect: "refused",
    attempt: (a, b) => removeSkill(b.id, a.skillIds[1]),
  },
  {
    name: "deleteAnalysis(B, A's analysis)",
    expect: "refused",
    attempt: (a, b) => deleteAnalysis(b.id, a.analysisIds[1]),
  },
  {
    name: "completeGoal(B, A's goal)",
    expect: "refused",
    attempt: (a, b) => completeGoal(b.id, a.goalIds[0]),
  },
  { name: "deleteGoal(B, A's goal)", expect: "refused", attempt: (a, b) => deleteGoal(b.id, a.goalIds[0]) },
];
