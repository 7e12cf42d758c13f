// PDF and Word files are opened in worker threads with their own heap limit and a deadline, so a file
// built to exhaust memory or time costs one worker, never the server. A few run at once per
// process; more wait in a short queue, and past that the caller is told to come back (ParserBusyError).
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { fail, type Extracted } from "./types";

export const PARSE_LIMITS = {
  /** A real resume opens in well under a second, even on a busy server. */
  timeMs: 5_000,
  /** Per worker; what it allocates beyond this ends that worker only. */
  heapMb: 256,
  concurrency: 2,
  queue: 8,
} as const;

export type ParseRequest = { kind: "pdf" | "docx"; bytes: Uint8Array };

export class ParserBusyError extends Error {}

// Not for the bundler to follow: the worker runs from the source tree, outside the bundle.
const WORKER_FILE = join(/* turbopackIgnore: true */ process.cwd(), "lib/resume/parse-worker.mjs");

const MESSAGES = {
  timeout: `This file took longer than ${PARSE_LIMITS.timeMs / 1000} seconds to open, far longer than a resume does. Save it again as PDF or Word (.docx), or paste your resume text instead.`,
  memory:
    "This file needs far more memory to open than a resume does. Save it again as PDF or Word (.docx), or paste your resume text instead.",
  crashed:
    "We couldn't read this file. Try saving it again as PDF or Word (.docx), or paste your resume text instead.",
};

const idle: Worker[] = [];
const waiting: (() => void)[] = [];
let running = 0;

/** Reads a PDF or DOCX in a worker; throws ParserBusyError when the queue is full. */
export async function parseInWorker(request: ParseRequest): Promise<Extracted> {
  if (running < PARSE_LIMITS.concurrency) running++;
  else if (waiting.length < PARSE_LIMITS.queue) await new Promise<void>((take) => waiting.push(take));
  else throw new ParserBusyError("Too many files are being read right now.");
  try {
    return await runInWorker(request);
  } finally {
    // A finished job hands its slot straight to the next in line, so the count never overshoots.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function runInWorker({ kind, bytes }: ParseRequest): Promise<Extracted> {
  const worker = idle.pop() ?? startWorker();
  worker.ref();
  return new Promise((resolve) => {
    const finish = (result: Extracted, reusable: boolean) => {
      clearTimeout(timer);
      worker
        .removeListener("message", onMessage)
        .removeListener("error", onError)
        .removeListener("exit", onExit);
      if (reusable) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
      resolve(result);
    };
    const onMessage = (result: Extracted) => finish(result, true);
    const onError = (error: Error & { code?: string }) =>
      finish(
        fail("too-complex", error.code === "ERR_WORKER_OUT_OF_MEMORY" ? MESSAGES.memory : MESSAGES.crashed),
        false,
      );
    const onExit = () => finish(fail("corrupted", MESSAGES.crashed), false);
    const timer = setTimeout(() => finish(fail("too-complex", MESSAGES.timeout), false), PARSE_LIMITS.timeMs);
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    // A copy moves to the worker; the caller's bytes stay as they were.
    const copy = bytes.slice();
    worker.postMessage({ kind, bytes: copy } satisfies ParseRequest, [copy.buffer]);
  });
}

function startWorker(): Worker {
  const worker = new Worker(WORKER_FILE, {
    resourceLimits: { maxOldGenerationSizeMb: PARSE_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
  });
  // A worker that dies while idle is dropped; the next file starts a new one.
  worker.on("error", () => {});
  worker.on("exit", () => {
    const at = idle.indexOf(worker);
    if (at !== -1) idle.splice(at, 1);
  });
  return worker;
}
