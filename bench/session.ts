// A real signed-in session for the bench user: the same credentials flow the login form drives
// (CSRF token, then POST /api/auth/callback/credentials), which creates a row in `sessions`.

/** `name=value` pairs from Set-Cookie headers, merged into a Cookie header value. */
function mergeCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

// The Origin a browser on this address sends; the same-origin check compares it with Host.
const sameOrigin = (baseUrl: string) => new URL(baseUrl).origin;

export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  clientAddress: string,
): Promise<string> {
  const jar = new Map<string, string>();
  const headers = { "x-forwarded-for": clientAddress };
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  let cookie = mergeCookies(jar, csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      cookie,
      origin: sameOrigin(baseUrl),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/dashboard` }),
  });
  await response.arrayBuffer();
  cookie = mergeCookies(jar, response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(
      `Sign-in failed for the bench user (status ${response.status}, location ${response.headers.get("location")})`,
    );
  }
  return cookie;
}

/** Fails unless `path` answers 200 with `expected` in the page: a redirect to /login would bench the wrong thing. */
export async function expectPage(baseUrl: string, path: string, cookie: string, expected: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(expected)) {
    throw new Error(
      `${path} answered ${response.status} without "${expected}" (location ${response.headers.get("location")})`,
    );
  }
}
