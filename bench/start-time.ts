// Start time: `npm start` on an existing build and database, from spawn to the first 200 on /.
// The median of three starts; a start that had to build first is not counted.
import { within, type BenchResult } from "./result";
import { startServer } from "./server";

export async function benchStart(port: number, pgPort: number, dataDir: string): Promise<BenchResult[]> {
  const times: number[] = [];
  let builds = 0;
  while (times.length < 3) {
    const server = await startServer({ port, pgPort, dataDir, command: ["npm", "start"] });
    await server.stop();
    if (server.built) {
      if (++builds > 1)
        throw new Error("npm start built the app twice in a row; the build fingerprint keeps changing");
      console.log("  start: that start built the app first; not counted");
      continue;
    }
    console.log(`  start: ready in ${(server.readyMs / 1000).toFixed(2)} s`);
    times.push(server.readyMs);
  }
  const median = times.sort((a, b) => a - b)[1];
  return [
    within(
      "start",
      "npm start, existing build and database: spawn to first 200 on / (median of 3)",
      median / 1000,
      "s",
      { max: 10 },
    ),
  ];
}
