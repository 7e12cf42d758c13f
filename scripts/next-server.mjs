// The production HTTP server: Next.js's request handler behind a server of our own, which appends
// the address each connection came from to X-Forwarded-For before Next.js reads the request
// (lib/forwarded-for.mjs says why; lib/client-address.ts reads the chain). scripts/next-workers.mjs
// runs one per core; `next dev` has no such server, so in development the address is what
// the client claims.
//   node scripts/next-server.mjs -p 3000 [-H <interface>]     PORT also sets the port
import { createServer } from "node:http";
import next from "next";
import { withSocketAddress } from "../lib/forwarded-for.mjs";

const args = process.argv.slice(2);
const option = (...names) => {
  const at = args.findIndex((arg) => names.includes(arg));
  return at === -1 ? undefined : args[at + 1];
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
// Like `next start`: every interface unless one is named; URLs are built on "localhost".
const listenOn = option("-H", "--hostname");

const app = next({ dev: false, hostname: listenOn ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(
  withSocketAddress(async (request, response) => {
    try {
      await handle(request, response);
    } catch (error) {
      // As `next start` does: the request fails, the server keeps serving.
      console.error(`Failed to handle request for ${request.url}`, error);
      if (!response.headersSent) response.statusCode = 500;
      response.end("Internal Server Error");
    }
  }),
);
server.on("error", (error) => {
  console.error("Failed to start server", error);
  process.exit(1);
});
server.listen(port, listenOn, () => console.log(`[skillshift] Next.js is serving on port ${port}.`));

// SIGTERM and SIGINT stop at once (after Next.js closes), with the exit codes `next start` uses.
for (const [signal, code] of [
  ["SIGTERM", 143],
  ["SIGINT", 130],
]) {
  process.once(signal, () => {
    app
      .close()
      .catch(console.error)
      .finally(() => process.exit(code));
  });
}
