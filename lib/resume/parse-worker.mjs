// Entry point of a resume-parser worker thread (parse-pool.ts). A worker starts from a file Node runs
// as it is, outside the Next.js bundle, so tsx compiles the TypeScript readers here as it does for
// the scripts that `npm start` runs.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
