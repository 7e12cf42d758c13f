// Traffic for the fault test: writers that record every write and whether it was acknowledged,
// and a reader that records what pages, the API and static pages answer over time.
import type { APIRequestContext } from "@playwright/test";
import { callAction, type CapturedAction } from "./server-action";

export interface WriteRecord {
  user: number;
  kind: "skill" | "resume";
  /** The custom skill name, or the marker in the resume text. */
  key: string;
  status: number;
  acknowledged: boolean;
  /** The stored analysis id, for an acknowledged resume upload. */
  id?: string;
  error?: string;
  sentAt: number;
  answeredAt: number;
}

export interface ReadRecord {
  path: string;
  status: number;
  retryAfter: string | null;
  body: string;
  sentAt: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The resume route allows 20 uploads per user in 10 minutes; stay under it so every answer is about the database.
const MAX_UPLOADS_PER_USER = 15;

/** One user writing until `running()` turns false: custom skills through the server action, some resume uploads. */
export async function writeUntil(
  running: () => boolean,
  user: number,
  request: APIRequestContext,
  addSkill: CapturedAction,
  origin: string,
  out: WriteRecord[],
) {
  let uploads = 0;
  for (let n = 1; running(); n++) {
    const sentAt = Date.now();
    if (n % 4 === 0 && uploads < MAX_UPLOADS_PER_USER) {
      uploads++;
      const key = `marker-${user}-${n}`;
      const response = await request.post("/api/resume/analyses", {
        headers: { origin },
        multipart: {
          text: `Fault test resume ${key}. Built services in Python and Go on Kubernetes with PostgreSQL.`,
          keepCopy: "on",
        },
        failOnStatusCode: false,
      });
      const body = await response.json().catch(() => ({}));
      out.push({
        user,
        kind: "resume",
        key,
        status: response.status(),
        acknowledged: response.ok(),
        id: body.id,
        error: body.error,
        sentAt,
        answeredAt: Date.now(),
      });
    } else {
      const key = `Fault skill ${user}-${n}`;
      const call = await callAction(request, addSkill, {
        skillSlug: "",
        customName: key,
        level: 3,
        yearsUsed: "",
      });
      const acknowledged = call.status === 200 && call.result?.ok === true;
      out.push({
        user,
        kind: "skill",
        key,
        status: call.status,
        acknowledged,
        error: call.result?.error,
        sentAt,
        answeredAt: Date.now(),
      });
    }
    await pause(40);
  }
}

/** Polls a signed-in page, the public API and a static page, recording each answer. */
export async function readUntil(running: () => boolean, request: APIRequestContext, out: ReadRecord[]) {
  for (let round = 0; running(); round++) {
    // A client address per round: the public API's rate limit is not what this test is about.
    const client = { "x-forwarded-for": `10.250.${(round >> 8) & 255}.${round & 255}` };
    await Promise.all(
      ["/dashboard", "/api/v1/roles", "/"].map(async (path) => {
        const sentAt = Date.now();
        const response = await request.get(path, {
          headers: client,
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        const body = response.status() === 503 ? await response.text() : "";
        out.push({
          path,
          status: response.status(),
          retryAfter: response.headers()["retry-after"] ?? null,
          body,
          sentAt,
        });
      }),
    );
    await pause(100);
  }
}
