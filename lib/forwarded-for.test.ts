import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";
import { installForwardedForHook } from "./forwarded-for";

// A real HTTP server, as `next start` runs one: what X-Forwarded-For does its handler see?
let server: Server;
let port: number;

beforeAll(async () => {
  installForwardedForHook();
  installForwardedForHook(); // twice is once
  server = createServer((req, res) => res.end(String(req.headers["x-forwarded-for"] ?? "")));
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
