import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as getRoles } from "@/app/api/v1/roles/route";
import { GET as getRole } from "@/app/api/v1/roles/[slug]/route";
import { GET as getSkills } from "@/app/api/v1/skills/route";
import { POST as extract } from "@/app/api/v1/keywords/extract/route";
import { createUser } from "@/lib/auth/users";
import { handleResumeUpload } from "@/lib/resume-analysis/upload";
import { anyValue, nastyString } from "./arbitraries";
import { rowsOf } from "./user-state";

// Requests per route; SKILLSHIFT_FUZZ_RUNS raises it for a deeper run.
const RUNS = Number(process.env.SKILLSHIFT_FUZZ_RUNS ?? 300);
const ORIGIN = "http://localhost:3000";

// A client address per request: the rate limit is tested elsewhere and would only answer 429 here.
const client = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`);
const jsonish = (value: unknown) => {
  try {
    return (
      JSON.stringify(value, (_, v) =>
        typeof v === "bigint" ? v.toString() : v instanceof Map || v instanceof Set ? [...v] : v,
      ) ?? "null"
    );
  } catch {
    return "{";
  }
};

/** The answer is one of `allowed`, in the API's JSON shape: `{ error }` on failure. */
async function expectApiAnswer(response: Response, allowed: number[]) {
  expect(allowed).toContain(response.status);
  const body = await response.json();
  if (response.status >= 400) expect(typeof body.error).toBe("string");
  return body;
}

describe("public API under random input (real Postgres)", () => {
  it(`GET /api/v1/skills: ${RUNS} queries, 200 or 400, never a throw`, async () => {
    const param = fc.oneof(nastyString, fc.integer().map(String), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(
        param,
        param,
        fc.string({ unit: "binary", maxLength: 30 }),
        client,
        async (q, limit, extra, ip) => {
          const query = new URLSearchParams();
          if (q !== undefined) query.set("q", q);
          if (limit !== undefined) query.set("limit", limit);
          const response = await getSkills(
            new Request(`${ORIGIN}/api/v1/skills?${query}&${encodeURIComponent(extra)}`, {
              headers: { "x-forwarded-for": ip },
            }),
          );
          const body = await expectApiAnswer(response, [200, 400]);
          if (response.status === 200) expect(Array.isArray(body.skills)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`GET /api/v1/roles and /api/v1/roles/{slug}: ${RUNS} slugs, 200 or 404`, async () => {
    const slug = fc.oneof(
      nastyString,
      fc.constantFrom("backend-developer", "data-analyst", "BACKEND-DEVELOPER", "backend-developer/"),
    );
    await fc.assert(
      fc.asyncProperty(slug, client, async (s, ip) => {
        const request = new Request(`${ORIGIN}/api/v1/roles/${encodeURIComponent(s.toWellFormed())}`, {
          headers: { "x-forwarded-for": ip },
        });
        const body = await expectApiAnswer(
          await getRole(request, { params: Promise.resolve({ slug: s }) }),
          [200, 404],
        );
        if (body.role) expect(body.role.slug).toBe(s);
      }),
      { numRuns: RUNS },
    );
    const all = await getRoles(
      new Request(`${ORIGIN}/api/v1/roles`, { headers: { "x-forwarded-for": "10.9.9.9" } }),
    );
    expect((await expectApiAnswer(all, [200])).roles.length).toBeGreaterThan(40);
  });

  it(`POST /api/v1/keywords/extract: ${RUNS} bodies, 200 or 400, never a throw`, async () => {
    const body = fc.oneof(
      fc.record({ text: fc.oneof(nastyString, fc.string({ maxLength: 2000 })) }).map(jsonish),
      anyValue.map(jsonish),
      fc.record({ text: anyValue }, { requiredKeys: [] }).map(jsonish),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constantFrom("", "{", "null", "[]", '{"text":', JSON.stringify({ text: "x".repeat(100_001) })),
    );
    const type = fc.constantFrom(
      "application/json",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    );
    await fc.assert(
      fc.asyncProperty(body, type, client, async (b, t, ip) => {
        const response = await extract(
          new Request(`${ORIGIN}/api/v1/keywords/extract`, {
            method: "POST",
            body: b,
            headers: { "content-type": t, "x-forwarded-for": ip },
          }),
        );
        const answer = await expectApiAnswer(response, [200, 400]);
        if (response.status === 200) expect(Array.isArray(answer.skills)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("resume upload under random input (real Postgres)", () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc
      .tuple(
        fc.constantFrom(
          "%PDF-1.4\n",
          "PK\u0003\u0004",
          "\u00D0\u00CF\u0011\u00E0",
          "{\\rtf1",
          "\uFEFF",
          "GIF89a",
        ),
        fc.uint8Array({ maxLength: 400 }),
      )
      .map(([head, rest]) => new Uint8Array([...new TextEncoder().encode(head), ...rest])),
    fc
      .string({ maxLength: 400 })
      .map((s) => new TextEncoder().encode(`Resume: Python, Kubernetes and SQL. ${s}`)),
  );
  const file = fc.record({
    bytes,
    name: fc.oneof(nastyString, fc.constantFrom("resume.pdf", "cv.docx", "cv.txt", "a\u0000b.txt")),
    type: fc.oneof(nastyString, fc.constantFrom("application/pdf", "text/plain")),
  });
  const field = fc.oneof(
    nastyString,
    fc.string({ maxLength: 3000 }),
    fc.constantFrom("Python and Go on Kubernetes", "on", "true"),
  );
  const form = fc.record({ text: field, jobDescription: field, keepCopy: field, file }, { requiredKeys: [] });

  it(`POST /api/resume/analyses: ${RUNS} uploads, 200 or 400; a refused one stores nothing, an accepted one exactly its analysis`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const user = await createUser({
          name: "Up",
          email: `up-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
          passwordHash: "h",
        });
        const data = new FormData();
        for (const key of ["text", "jobDescription", "keepCopy"] as const)
          if (f[key] !== undefined) data.set(key, f[key]);
        if (f.file) data.set("file", new File([f.file.bytes], f.file.name, { type: f.file.type }));
        const before = await rowsOf(user.id);
        const response = await handleResumeUpload(
          new Request(`${ORIGIN}/api/resume/analyses`, { method: "POST", body: data }),
          user.id,
        );
        const body = await expectApiAnswer(response, [200, 400]);
        const after = (await rowsOf(user.id)) as { resume_analyses: { id: string }[] };
        if (response.status === 200) expect(after.resume_analyses.map((a) => a.id)).toEqual([body.id]);
        else expect(after).toEqual(before);
        if (response.status === 200) accepted++;
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it("a body that is not the multipart it claims is a 400", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (raw) => {
        const user = await createUser({
          name: "Up",
          email: `up-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
          passwordHash: "h",
        });
        const request = new Request(`${ORIGIN}/api/resume/analyses`, {
          method: "POST",
          body: raw,
          headers: { "content-type": "multipart/form-data; boundary=----x" },
        });
        await expectApiAnswer(await handleResumeUpload(request, user.id), [400]);
      }),
      { numRuns: 50 },
    );
  });
});
