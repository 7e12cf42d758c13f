// The fault test: PostgreSQL is stopped under a production server in the middle of traffic and
// started again. Pages answer the 503 page, the API a JSON 503, actions a clear error; the app
// recovers without a restart; every acknowledged write is in the database, complete.
import { expect, test, type Browser } from "@playwright/test";
import postgres from "postgres";
import { signUp } from "./fixtures";
import { readUntil, writeUntil, type ReadRecord, type WriteRecord } from "./support/fault-traffic";
import { ownApp, ownDatabase } from "./support/own-server";
import { captureAction } from "./support/server-action";

const USERS = 3;
const MESSAGE = /can't reach its database right now/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signedInUsers(browser: Browser, baseURL: string) {
  return Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const context = await browser.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": `10.240.0.${i + 1}` },
      });
      const page = await context.newPage();
      await signUp(page, `fault-${i}-${Date.now()}@example.com`, `Fault ${i}`);
      await expect(page).toHaveURL(/\/onboarding$/, { timeout: 20_000 });
      return { context, page };
    }),
  );
}

test("PostgreSQL stopped mid-traffic: 503s, recovery without a restart, no acknowledged write lost", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const database = await ownDatabase(".data/e2e-fault");
  const app = await ownApp(database.url).catch(async (error) => {
    await database.remove();
    throw error;
  });
  const sql = postgres(database.url, { max: 2, onnotice: () => {} });
  let finished = false;
  let running = true;
  let traffic: Promise<unknown> = Promise.resolve();
  try {
    const users = await signedInUsers(browser, app.baseURL);
    const { page } = users[0];
    // The add-skill server action, as the onboarding form sends it; every user then calls it over HTTP.
    await page.getByRole("combobox", { name: "Current role" }).fill("backend");
    await page.getByRole("option", { name: /Backend Developer/ }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    // The roles are saved before the skill step shows; only then is the next action request the one to capture.
    await expect(page.getByRole("combobox", { name: "Skill" })).toBeVisible();
    const addCustomSkill = async (name: string) => {
      await page.getByRole("combobox", { name: "Skill" }).fill(name);
      await page.getByRole("option", { name: /as a custom skill/ }).click();
      await page.getByRole("button", { name: "Add skill" }).click();
    };
    const addSkill = await captureAction(page, () => addCustomSkill("Fault warm-up"), { request: "send" });
    await expect(page.getByRole("status").getByText("Added Fault warm-up at level 3.")).toBeVisible();

    const writes: WriteRecord[] = [];
    const reads: ReadRecord[] = [];
    traffic = Promise.all([
      ...users.map((u, i) => writeUntil(() => running, i, u.context.request, addSkill, app.baseURL, writes)),
      readUntil(() => running, users[0].context.request, reads),
    ]);

    await sleep(4_000);
    const stopAt = Date.now();
    await database.stop();
    const downAt = Date.now();

    // While it is down: the page, the API, an action from a form, and a static page.
    const dashboard = await page.goto("/dashboard");
    expect(dashboard?.status()).toBe(503);
    expect(dashboard?.headers()["retry-after"]).toBe("5");
    await expect(
      page.getByRole("heading", { name: "SkillShift can't reach its database right now" }),
    ).toBeVisible();
    await expect(page.getByText("Your data is safe")).toBeVisible();
    const api = await page.request.get("/api/v1/roles", { failOnStatusCode: false });
    expect(api.status()).toBe(503);
    expect(api.headers()["retry-after"]).toBe("5");
    expect((await api.json()).error).toMatch(MESSAGE);
    expect((await page.request.get("/roles/backend-developer")).status()).toBe(200);
    // Signing out cannot end the session row now: it fails rather than leave the row alive behind a cleared cookie.
    await users[1].page.getByRole("button", { name: "Sign out" }).click();
    await sleep(Math.max(0, 3_000 - (Date.now() - downAt)));

    const startAt = Date.now();
    await database.start();
    const upAt = Date.now();
    // No restart of the app: the next requests find the database again.
    let recoveredAt = 0;
    while (!recoveredAt && Date.now() - upAt < 10_000) {
      const r = await users[0].context.request.get("/dashboard", {
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      if (r.status() === 200) recoveredAt = Date.now();
      else await sleep(50);
    }
    expect(recoveredAt, "the dashboard answers 200 again, still signed in").toBeGreaterThan(0);
    expect(
      (await users[1].context.request.get("/api/export/json")).status(),
      "the sign-out that failed left the user signed in",
    ).toBe(200);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Your analysis as Backend Developer" })).toBeVisible();
    await sleep(3_000);
    running = false;
    await traffic;

    const phase = (t: number) =>
      t < stopAt ? "before" : t >= downAt && t < startAt ? "down" : t >= recoveredAt ? "after" : "transition";
    const answered = (r: WriteRecord) =>
      phase(r.sentAt) === phase(r.answeredAt) ? phase(r.sentAt) : "transition";
    const byPhase = (p: string) => writes.filter((w) => answered(w) === p);

    // Before and after the outage every write is acknowledged; during it none is, and each says why.
    expect(byPhase("before").length).toBeGreaterThan(10);
    expect(
      byPhase("before").filter((w) => !w.acknowledged),
      "writes refused before the outage",
    ).toEqual([]);
    expect(byPhase("after").filter((w) => w.acknowledged).length).toBeGreaterThanOrEqual(USERS);
    expect(
      byPhase("after").filter((w) => !w.acknowledged),
      "writes refused after recovery",
    ).toEqual([]);
    const down = byPhase("down");
    expect(down.length).toBeGreaterThan(5);
    for (const w of down) {
      expect(w.acknowledged).toBe(false);
      expect(w.status).toBe(w.kind === "resume" ? 503 : 200);
      expect(w.error).toMatch(MESSAGE);
    }
    // Never a 500 from a write; reads: the API and signed-in pages 503 while down, static pages always 200.
    expect(writes.filter((w) => w.status >= 500 && w.status !== 503)).toEqual([]);
    const downReads = reads.filter((r) => r.sentAt >= downAt && r.sentAt < startAt);
    for (const r of downReads) {
      expect(r.status, r.path).toBe(r.path === "/" ? 200 : 503);
      if (r.path !== "/") expect(r.retryAfter).toBe("5");
      if (r.path !== "/") expect(r.body).toMatch(MESSAGE);
    }
    expect(reads.filter((r) => r.path === "/" && r.status !== 200)).toEqual([]);
    expect(reads.filter((r) => r.path.startsWith("/api/") && r.status >= 500 && r.status !== 503)).toEqual(
      [],
    );

    // Every acknowledged write is stored, and complete: each skill with its history event.
    const acked = writes.filter((w) => w.acknowledged);
    const skills = await sql<{ name: string; events: number }[]>`
      select s.custom_name as name, (select count(*)::int from skill_events e
        where e.user_id = s.user_id and e.custom_name = s.custom_name and e.kind = 'added') as events
      from user_skills s where s.custom_name like 'Fault skill %'`;
    const stored = new Map(skills.map((s) => [s.name, s.events]));
    for (const w of acked.filter((w) => w.kind === "skill")) expect(stored.get(w.key), w.key).toBe(1);
    expect(
      skills.filter((s) => s.events !== 1),
      "skills without exactly one history event",
    ).toEqual([]);
    const orphanEvents =
      await sql`select e.custom_name from skill_events e where e.custom_name like 'Fault skill %'
      and not exists (select 1 from user_skills s where s.user_id = e.user_id and s.custom_name = e.custom_name)`;
    expect(orphanEvents, "history events without their skill").toEqual([]);
    const analyses = await sql<
      { id: string; resume_text: string }[]
    >`select id, resume_text from resume_analyses`;
    const analysisText = new Map(analyses.map((a) => [a.id, a.resume_text]));
    for (const w of acked.filter((w) => w.kind === "resume"))
      expect(analysisText.get(w.id!), w.key).toContain(w.key);

    const figures = {
      writes: writes.length,
      acknowledged: acked.length,
      refusedWhileDown: down.length,
      notAcknowledgedButStored: writes.filter(
        (w) => !w.acknowledged && w.kind === "skill" && stored.has(w.key),
      ).length,
      readsAnswered503: reads.filter((r) => r.status === 503).length,
      pageErrorsInFlightAtTheStop: reads.filter((r) => r.path === "/dashboard" && r.status === 500).length,
      stopMs: downAt - stopAt,
      outageMs: upAt - stopAt,
      postgresStartMs: upAt - startAt,
      recoveryAfterPostgresReadyMs: recoveredAt - upAt,
    };
    console.log(`[fault] ${JSON.stringify(figures)}`);
    await testInfo.attach("fault-figures.json", {
      body: JSON.stringify(figures, null, 2),
      contentType: "application/json",
    });
    finished = true;
  } finally {
    running = false;
    await traffic.catch(() => {});
    await sql.end({ timeout: 1 }).catch(() => {});
    await app.stop();
    if (!finished)
      await testInfo.attach("server-output.txt", { body: app.output(), contentType: "text/plain" });
    await database.remove();
  }
});
