import http, { type IncomingMessage } from "node:http";
import https from "node:https";

/**
 * Appends the address the TCP connection came from to X-Forwarded-For, as a reverse proxy does.
 *
 * Why: `next start` only fills X-Forwarded-For when the request has none (base-server.js:
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress`). A client that sends its own header
 * therefore hides its real address from the app entirely, and could dodge every per-client rate
 * limit by making one up. With the socket address always appended, the right-most entry is one
 * nobody outside can forge (see lib/client-address.ts for how the chain is read).
 */
export function appendSocketAddress(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  const prior = (Array.isArray(sent) ? sent.join(", ") : sent)?.trim();
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

const INSTALLED = Symbol.for("skillshift.forwarded-for");
type Patchable = { emit: (event: string | symbol, ...args: unknown[]) => boolean; [INSTALLED]?: true };

/**
 * Runs appendSocketAddress on every request of every HTTP(S) server in this process, before Next.js
 * sees it. Called once from instrumentation.ts; installing twice is a no-op.
 */
export function installForwardedForHook(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Patchable[]) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event, ...args) {
      if (event === "request") appendSocketAddress(args[0] as IncomingMessage);
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}
