import { expect, type APIRequestContext, type APIResponse, type Page, type Request } from "@playwright/test";

/** A server action request as the browser made it: the page's URL, its headers and its encoded arguments. */
export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  /** The arguments the browser sent, when it sent them as JSON (undefined for a multipart body). */
  args?: unknown[];
}

export interface CaptureOptions {
  /**
   * `"abort"`: the request is stopped before it reaches the server, so nothing changes and a test can
   * replay it with one thing changed (`replayAction`). `"send"`: the request goes through as the
   * browser sent it (the page sees the action's answer) and a test can call the same action again
   * with payloads of its own (`callAction`).
   */
  request: "abort" | "send";
}

const argsOf = (request: Request): unknown[] | undefined => {
  try {
    return JSON.parse(request.postData() ?? "[]");
  } catch {
    return undefined;
  }
};

/** Runs `trigger` (a click or form submission that calls a server action) and returns the action request it sent. */
export async function captureAction(
  page: Page,
  trigger: () => Promise<unknown>,
  { request: mode }: CaptureOptions,
): Promise<CapturedAction> {
  if (mode === "send") {
    const sent = page.waitForRequest(
      (r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined,
    );
    await trigger();
    const request = await sent;
    return { url: request.url(), headers: await request.allHeaders(), args: argsOf(request) };
  }
  let captured: CapturedAction | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), args: argsOf(request) };
    return route.abort();
  });
  await trigger();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute("**/*");
  return captured!;
}

const NOT_REPLAYED = new Set(["host", "content-length", "cookie", "connection"]);

/** Sends the captured action again from the page's context (its cookies), with other headers or arguments. */
export function replayAction(
  page: Page,
  action: CapturedAction,
  change: { headers?: Record<string, string>; args?: unknown[] } = {},
): Promise<APIResponse> {
  const headers = Object.fromEntries(
    Object.entries(action.headers).filter(([key]) => !NOT_REPLAYED.has(key) && !key.startsWith(":")),
  );
  return page.request.post(action.url, {
    headers: { ...headers, ...change.headers },
    data: JSON.stringify(change.args ?? action.args),
    maxRedirects: 0,
  });
}

/** The headers that name the action; `callAction` sends only these, from a client of its own. */
const ACTION_HEADERS = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];

// React's reply encoding marks strings that start with "$" as references; a literal one is escaped
// with a second "$", as the browser's encoder does.
const encodeValue = (value: unknown): unknown =>
  typeof value === "string"
    ? value.startsWith("$")
      ? `$${value}`
      : value
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
export async function callAction(
  request: APIRequestContext,
  action: CapturedAction,
  arg: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<ActionCall> {
  const named = Object.fromEntries(
    ACTION_HEADERS.filter((k) => action.headers[k]).map((k) => [k, action.headers[k]]),
  );
  const response = await request.post(action.url, {
    headers: { ...named, "content-type": "text/plain;charset=UTF-8", ...extraHeaders },
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
