// @ts-check
// Plain JavaScript: scripts/next-server.mjs, the production server entry point, loads it without a build.

/**
 * Appends the address the TCP connection came from to X-Forwarded-For, as a reverse proxy does.
 *
 * Why: Next.js only fills X-Forwarded-For when the request has none (base-server.js:
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress`). A client that sends its own header
 * would therefore hide its real address from the app entirely, and could dodge every per-client rate
 * limit by making one up. With the socket address always appended, the right-most entry is one
 * nobody outside can forge (see lib/client-address.ts for how the chain is read).
 *
 * @param {import("node:http").IncomingMessage} request
 */
export function appendSocketAddress(request) {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  const prior = (Array.isArray(sent) ? sent.join(", ") : sent)?.trim();
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

/**
 * A request listener that appends the socket address (above), then hands the request on: what our
 * own server passes to `http.createServer` in front of Next.js's handler.
 *
 * @template {import("node:http").IncomingMessage} Req
 * @template {import("node:http").ServerResponse} Res
 * @param {(request: Req, response: Res) => unknown} handler
 * @returns {(request: Req, response: Res) => void}
 */
export function withSocketAddress(handler) {
  return (request, response) => {
    appendSocketAddress(request);
    void handler(request, response);
  };
}
