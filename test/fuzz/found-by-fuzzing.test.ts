// What the fuzzing found, kept as plain checks: each of these answered a 500 before its fix.
import { describe, expect, it } from "vitest";
import { addProfileSkill, chooseRoles, updateProfileSkill } from "@/lib/profile/actions";
import { signupSchema } from "@/lib/auth/schemas";
import { getProfile } from "@/lib/profile/queries";
import { handleResumeUpload } from "@/lib/resume-analysis/upload";
import { populatedUser } from "./fixtures";
import { rowsOf } from "./user-state";

describe("inputs the fuzzing found (real Postgres)", () => {
  it("years of experience with a fraction: a message, not a failed insert into an integer column", async () => {
    const u = await populatedUser("years");
    const before = await rowsOf(u.id);
    expect(
      await chooseRoles.core({ roleSlug: "backend-developer", yearsExperience: "2.5" }, u),
    ).toMatchObject({ ok: false, fieldErrors: { yearsExperience: "Use whole years, like 4." } });
    expect(await rowsOf(u.id)).toEqual(before);
  });

  it("years used too small for a real (5e-324) is stored rounded to tenths", async () => {
    const u = await populatedUser("tiny");
    expect(await updateProfileSkill.core({ id: u.skillIds[0], level: 3, yearsUsed: 5e-324 }, u)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await addProfileSkill.core({ skillSlug: "docker", level: 2, yearsUsed: 2.26 }, u)).toMatchObject({
      ok: true,
    });
    const years = Object.fromEntries((await getProfile(u.id)).skills.map((s) => [s.skillSlug, s.yearsUsed]));
    expect(years).toMatchObject({ kubernetes: 0, docker: 2.3 });
  });

  it("a NUL or other control character in a custom skill or a name: a message, nothing stored", async () => {
    const u = await populatedUser("nul");
    const before = await rowsOf(u.id);
    for (const customName of ["a\u0000b", "tab\there", "\u001b[2J"]) {
      expect(await addProfileSkill.core({ customName, level: 3 }, u)).toMatchObject({
        ok: false,
        fieldErrors: { customName: "Use letters, numbers, spaces and punctuation only." },
      });
    }
    expect(await rowsOf(u.id)).toEqual(before);
    expect(
      signupSchema.safeParse({
        name: "Ada\u0000",
        email: "ada@example.com",
        password: "correct horse battery staple",
      }).success,
    ).toBe(false);
    expect(
      signupSchema.safeParse({
        name: "Ada Lovelace-Byron 😀",
        email: "ada@example.com",
        password: "correct horse battery staple",
      }).success,
    ).toBe(true);
  });

  it("an uploaded file whose name holds a NUL is analysed, its name kept without it", async () => {
    const u = await populatedUser("file");
    const form = new FormData();
    form.set("file", new File(["Resume: Python and Kubernetes"], "cv\u0000.txt", { type: "text/plain" }));
    const response = await handleResumeUpload(
      new Request("http://localhost/api/resume/analyses", { method: "POST", body: form }),
      u.id,
    );
    expect(response.status).toBe(200);
    expect((await response.json()).fileName).toBe("cv.txt");
  });
});
