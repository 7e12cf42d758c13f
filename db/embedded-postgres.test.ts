import { execSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import postgres from "postgres";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dataDir = ".data/test-embedded";
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("keeps data across restarts and starts again after being killed", async () => {
  rmSync(dataDir, { recursive: true, force: true });
  const options = { dataDir, port: 54332, database: "restart_check", log: () => {} };
  const first = await startEmbeddedPostgres(options);
  const sql = postgres(first.url, { max: 1 });
  await sql`create table kept (v text)`;
  await sql`insert into kept values ('still here')`;
  await sql.end();

  // Kill it hard: the stale postmaster.pid it leaves must not block the next start.
  const pid = Number(readFileSync(`${dataDir}/postgres/postmaster.pid`, "utf8").split("\n")[0]);
  execSync(`kill -9 ${pid}`);
  await new Promise((r) => setTimeout(r, 300));

  const second = await startEmbeddedPostgres(options);
  const again = postgres(second.url, { max: 1 });
  expect((await again`select v from kept`)[0].v).toBe("still here");
  await again.end();
  await second.stop();
}, 60_000);
