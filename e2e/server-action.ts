import { expect, type APIResponse, type Page } from "@playwright/test";

/** A server action request as the browser made it: the action id, headers and encoded arguments. */
export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  args: unknown[];
}

/**
 * Runs `submit` (a form submission) but stops its server action request before it reaches the
 * server, and returns it so a test can replay it with one thing changed.
 */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), args: JSON.parse(request.postData() ?? "[]") };
    return route.abort();
  });
  await submit();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute("**/*");
  return captured!;
}

const NOT_REPLAYED = new Set(["host", "content-length", "cookie", "connection"]);

/** Sends the captured action again from the page's context (its cookies), with other headers or arguments. */
export function replayAction(page: Page, action: CapturedAction, change: { headers?: Record<string, string>; args?: unknown[] } = {}): Promise<APIResponse> {
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([key]) => !NOT_REPLAYED.has(key) && !key.startsWith(":")));
  return page.request.post(action.url, { headers: { ...headers, ...change.headers }, data: JSON.stringify(change.args ?? action.args), maxRedirects: 0 });
}
