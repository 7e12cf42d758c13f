import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";
import { withSocketAddress } from "./forwarded-for.mjs";

// A real HTTP server, built as scripts/next-server.mjs builds the app's: what X-Forwarded-For does
// the handler behind it (Next.js there, an echo here) see?
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(
    withSocketAddress((req, res) => res.end(String(req.headers["x-forwarded-for"] ?? ""))),
  );
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function seenForwardedFor(headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    })
      .on("error", reject)
      .end();
  });
}

describe("the socket address is appended to X-Forwarded-For", () => {
  it("stands alone when the client sends none", async () => {
    expect(await seenForwardedFor()).toBe("127.0.0.1");
  });

  it("follows whatever the client sent, so a made-up header cannot replace it", async () => {
    const seen = await seenForwardedFor({ "x-forwarded-for": "6.6.6.6, 7.7.7.7" });
    expect(seen).toBe("6.6.6.6, 7.7.7.7, 127.0.0.1");
    // With no proxy trusted, the client is the socket, not the claim.
    expect(clientAddressFrom(seen, 0)).toBe("127.0.0.1");
    // With one proxy trusted (here: pretending 127.0.0.1 is it), the entry it appended.
    expect(clientAddressFrom(seen, 1)).toBe("7.7.7.7");
  });
});

describe("no monkey-patching", () => {
  it("starting the app (instrumentation.ts) leaves Node's HTTP servers as they are", async () => {
    const { EventEmitter } = await import("node:events");
    const http = await import("node:http");
    const { register } = await import("@/instrumentation");
    const runtime = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      await register();
    } finally {
      if (runtime === undefined) delete process.env.NEXT_RUNTIME;
      else process.env.NEXT_RUNTIME = runtime;
    }
    expect(http.Server.prototype.emit).toBe(EventEmitter.prototype.emit);
  });
});
