import type { APIRequestContext, Page, Request } from "@playwright/test";

/** A server action as the browser calls it: the page's URL and the headers naming the action. */
export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
}

/**
 * Runs `trigger` (a click that submits a form) and returns the server action request it sent, so
 * a test can call the same action over HTTP with payloads of its own, as any client can.
 */
export async function captureAction(page: Page, trigger: () => Promise<unknown>): Promise<CapturedAction> {
  const sent = page.waitForRequest((r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await trigger();
  const request = await sent;
  const headers = await request.allHeaders();
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];
  return { url: request.url(), headers: Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]])) };
}

// React's reply encoding marks strings that start with "$" as references; a literal one is escaped
// with a second "$", as the browser's encoder does.
const encodeValue = (value: unknown): unknown =>
  typeof value === "string"
    ? value.startsWith("$") ? `$${value}` : value
    : Array.isArray(value)
      ? value.map(encodeValue)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]))
        : value;

export interface ActionCall {
  status: number;
  /** The action's return value when the response carried one (`{ ok, ... }`). */
  result?: { ok: boolean; error?: string; fieldErrors?: Record<string, string>; data?: unknown };
  /** Where the action redirected to (a successful sign-in or sign-up does). */
  redirect?: string;
  body: string;
}

/** Calls a captured action with one argument over HTTP and reads its result from the RSC payload. */
export async function callAction(request: APIRequestContext, action: CapturedAction, arg: unknown, extraHeaders: Record<string, string> = {}): Promise<ActionCall> {
  const response = await request.post(action.url, {
    headers: { ...action.headers, "content-type": "text/plain;charset=UTF-8", ...extraHeaders },
    data: JSON.stringify([encodeValue(arg)]),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0];
  return { status: response.status(), result: actionResult(body), redirect, body };
}

/** The flight payload is lines of `<row id>:<JSON>`; the action's value is the row holding `ok`. */
function actionResult(body: string): ActionCall["result"] {
  for (const line of body.split("\n")) {
    const json = line.match(/^[0-9a-f]+:(\{.*\})$/)?.[1];
    if (!json) continue;
    try {
      const value = JSON.parse(json);
      if (value && typeof value === "object" && "ok" in value) return value;
    } catch {
      // Not a JSON row (a text or module row): keep looking.
    }
  }
  return undefined;
}
