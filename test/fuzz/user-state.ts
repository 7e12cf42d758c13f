// What a user owns in the database, for tests that must show a request changed nothing (or only
// what it said it changed). Tables are found from the database, so a new user-owned table is
// covered without touching the tests.
import { sql } from "drizzle-orm";
import { db } from "@/db";

let tables: Promise<string[]> | undefined;

/** Every table with a user_id column (users itself is keyed by id). */
export function userTables(): Promise<string[]> {
  tables ??= db()
    .execute<{ table_name: string }>(
      sql`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'user_id' order by table_name`,
    )
    .then((rows) => rows.map((r) => r.table_name));
  return tables;
}

/** All rows of every user-owned table for these users, in a stable order, in one round trip. */
export async function rowsOf(...userIds: string[]): Promise<Record<string, unknown>> {
  const ids = sql.join(
    userIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const parts = (await userTables()).map(
    (t) =>
      sql`${t}::text, (select coalesce(jsonb_agg(to_jsonb(x) order by to_jsonb(x)::text), '[]') from ${sql.identifier(t)} x where x.user_id in (${ids}))`,
  );
  const [row] = await db().execute<{ state: Record<string, unknown> }>(sql`
    select jsonb_build_object(
      'users', (select coalesce(jsonb_agg(to_jsonb(u) order by u.id), '[]') from users u where u.id in (${ids})),
      ${sql.join(parts, sql`, `)}) as state`);
  return row.state;
}

/**
 * Ways the user's data disagrees with itself, which only a half-done write can cause: the skill
 * history replayed must give exactly the current skills and levels, and the latest figures
 * snapshot of each chosen role must count the current skills. Empty when consistent.
 */
export async function inconsistencies(userId: string): Promise<string[]> {
  const [skills, events, latest] = await Promise.all([
    db().execute<{ key: string; level: number }>(sql`
      select coalesce(skill_slug, 'custom:' || lower(custom_name)) as key, level from user_skills where user_id = ${userId}`),
    db().execute<{ key: string; kind: string; from_level: number | null; to_level: number | null }>(sql`
      select coalesce(skill_slug, 'custom:' || lower(custom_name)) as key, kind, from_level, to_level
      from skill_events where user_id = ${userId} order by id`),
    db().execute<{ role_slug: string; skill_count: number; chosen: boolean }>(sql`
      select distinct on (s.role_slug) s.role_slug, s.skill_count,
        s.role_slug in (p.role_slug, coalesce(p.target_role_slug, '')) as chosen
      from snapshots s join profiles p on p.user_id = s.user_id
      where s.user_id = ${userId} order by s.role_slug, s.day desc`),
  ]);
  const problems: string[] = [];
  const replayed = new Map<string, number>();
  for (const e of events) {
    const before = replayed.get(e.key) ?? null;
    if (e.kind !== "added" && before !== e.from_level)
      problems.push(`${e.kind} of ${e.key} from ${e.from_level}, but it was at ${before}`);
    if (e.kind === "added" && before !== null) problems.push(`${e.key} added twice`);
    if (e.kind === "removed") replayed.delete(e.key);
    else replayed.set(e.key, e.to_level!);
  }
  const current = new Map(skills.map((s) => [s.key, s.level]));
  for (const [key, level] of current)
    if (replayed.get(key) !== level)
      problems.push(`${key} is at ${level}, its history says ${replayed.get(key)}`);
  for (const key of replayed.keys())
    if (!current.has(key)) problems.push(`${key} is in the history but not in the profile`);
  for (const s of latest)
    if (s.chosen && s.skill_count !== current.size)
      problems.push(
        `snapshot of ${s.role_slug} counts ${s.skill_count} skills, the profile has ${current.size}`,
      );
  return problems;
}
