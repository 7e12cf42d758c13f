// The body of a parser worker: one file at a time, in, text or a refusal, out.
import { parentPort } from "node:worker_threads";
import { readDocx } from "./docx";
import { readPdf } from "./pdf";
import type { ParseRequest } from "./parse-pool";

// What a parser prints can quote the document: it stays out of the server log.
for (const method of ["log", "info", "warn", "error", "debug"] as const) console[method] = () => {};

parentPort?.on("message", async ({ kind, bytes }: ParseRequest) => {
  parentPort?.postMessage(kind === "pdf" ? await readPdf(bytes) : await readDocx(bytes));
});
