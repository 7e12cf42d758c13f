// Files built to exhaust a parser (test/resume/hostile-files.ts) are refused within the time limit,
// with the process's memory bounded and its event loop free to answer other requests meanwhile.
import { describe, expect, it } from "vitest";
import { inflatingDocx, inflatingStreamPdf, manyPagesPdf } from "@/test/resume/hostile-files";
import { makeTextPdf } from "@/test/resume/files";
import { PARSE_LIMITS } from "./parse-pool";
import { readResumeFile, type ResumeReadResult } from "./read-resume-file";

const MB = 1024 * 1024;
/** The worker's heap limit plus its code and buffers: what one file may cost the process at most. */
const MEMORY_BOUND = 512 * MB;

/** Reads the file while watching the process: peak memory above the start, and the longest event-loop stall. */
async function watched(bytes: Uint8Array) {
  const start = process.memoryUsage().rss;
  let peak = start;
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const began = performance.now();
  const result: ResumeReadResult = await readResumeFile({ name: "resume", type: "", bytes });
  const ms = performance.now() - began;
  clearInterval(timer);
  return { result, ms, grew: peak - start, stall };
}

describe("hostile uploads", () => {
  it.each([
    ["a PDF of 36,000 pages", () => manyPagesPdf(36_000), /has 36,000 pages; we read resumes of up to 50/],
    [
      "a PDF whose stream inflates to 600 MB",
      () => inflatingStreamPdf(600 * MB),
      /PDF expands to more than 50 MB/,
    ],
    [
      "a DOCX whose paragraphs expand to 315 MB",
      () => inflatingDocx(315 * MB),
      /file expands to more than 50 MB/,
    ],
    [
      "a DOCX that declares 4 kB but expands to 1.2 GB",
      () => inflatingDocx(1_200 * MB, "lie"),
      /file expands to more than 50 MB/,
    ],
  ])(
    "refuses %s in time, within the memory bound, without stalling the server",
    async (_what, make, message) => {
      const { result, ms, grew, stall } = await watched(await make());
      expect(result).toMatchObject({ ok: false, code: "too-complex" });
      expect(!result.ok && result.message).toMatch(message);
      expect(ms).toBeLessThan(PARSE_LIMITS.timeMs + 1_000);
      expect(grew).toBeLessThan(MEMORY_BOUND);
      // Other requests are served meanwhile: the event loop never stops for long.
      expect(stall).toBeLessThan(250);
    },
    60_000,
  );

  it("a file that passes the size checks but exhausts its worker costs that worker only; the next file reads", async () => {
    // 40 MB of drawing operators on each of 50 pages: within every size limit, but 2 GB to parse.
    const heavy = await inflatingStreamPdf(40 * MB, 50);
    const { result, ms, grew } = await watched(heavy);
    expect(result).toMatchObject({ ok: false, code: "too-complex" });
    expect(ms).toBeLessThan(PARSE_LIMITS.timeMs + 1_000);
    expect(grew).toBeLessThan(MEMORY_BOUND);
    expect(
      await readResumeFile({ name: "cv.pdf", type: "", bytes: await makeTextPdf(["Jane Doe", "Python"]) }),
    ).toMatchObject({ ok: true, text: "Jane Doe\nPython" });
  }, 60_000);

  it("reads a few files at a time, queues some more, and asks the rest to come back", async () => {
    const pdf = await makeTextPdf(["Jane Doe", "Python"]);
    const burst = PARSE_LIMITS.concurrency + PARSE_LIMITS.queue + 3;
    const results = await Promise.all(
      Array.from({ length: burst }, () => readResumeFile({ name: "cv.pdf", type: "", bytes: pdf })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(PARSE_LIMITS.concurrency + PARSE_LIMITS.queue);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array(3).fill({
        ok: false,
        code: "busy",
        message: expect.stringMatching(/Try again in a few seconds/),
      }),
    );
  }, 60_000);
});
