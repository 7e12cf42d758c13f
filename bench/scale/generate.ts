// Fills the scale database with set-based SQL: users, profiles, user skills, sessions, goals, resume
// analyses, then history day by day (oldest first, so a user's snapshots and events are spread over
// the table as they are when written one day at a time). Everything happens in one transaction that
// starts by truncating the tables: with wal_level=minimal that skips the WAL, and an interrupted run
// leaves nothing behind. Primary keys and indexes of the big tables are dropped for the load and
// rebuilt after it (a sort per index instead of millions of random inserts); foreign-key triggers
// are off for the load (session_replication_role = replica), and every generated reference is valid.
import type postgres from "postgres";
import { analyzeRole } from "@/lib/analysis/analyze-role";
import { catalog } from "@/lib/catalog";

export interface ScaleSize {
  users: number;
  /** Mean skills per user (2,000,000 at 100,000 users). */
  skillsPerUser: number;
  /** Mean snapshot days per (user, role); a quarter of users also have a target role. */
  daysPerRole: number;
}

export const FULL_SIZE: ScaleSize = { users: 100_000, skillsPerUser: 20, daysPerRole: 80 };
export const BIG_TABLES = [
  "users",
  "sessions",
  "profiles",
  "user_skills",
  "skill_events",
  "snapshots",
  "goals",
  "resume_analyses",
];
/** Bumped whenever the generated data changes shape, so a kept database is regenerated. */
export const GENERATOR_VERSION = 1;

type Sql = postgres.Sql;
const log = (message: string) => console.error(`  scale: ${message}`);

/** mean + a spread that cycles through -spread..spread, with whole cycles only so the total is exact. */
const balanced = (n: string, count: number, mean: number, spread: number) => {
  const cycle = 2 * spread + 1;
  return `(case when ${n} < ${count - (count % cycle)} then ${mean} + (${n} % ${cycle}) - ${spread} else ${mean} end)`;
};
/** A deterministic pseudo-random integer in [0, m) from an integer expression. */
const rnd = (n: string, salt: number, m: number) => `((hashint4((${n})::int + ${salt}) & 2147483647) % ${m})`;

/** A handful of realistic figure sets per role (what lib/history/record.ts would store), reused by the snapshots. */
function roleVariants() {
  const rows = [];
  for (const role of catalog.roles) {
    const skills = [...new Set(role.tasks.flatMap((t) => t.skills.map((s) => s.skill)))];
    for (let v = 0; v < 8; v++) {
      const levels = new Map(
        skills.filter((_, i) => (i + v) % 3 !== 0).map((s, i) => [s, 1 + ((i + v) % 5)] as const),
      );
      const a = analyzeRole(role, levels);
      rows.push({
        role_slug: role.slug,
        v,
        exposure: a.exposure,
        personal_exposure: a.personalExposure,
        resilience: a.resilience,
        ai_leverage: a.aiLeverage,
        task_coverage: Object.fromEntries(a.tasks.map((t) => [t.slug, t.coverage])),
      });
    }
  }
  return rows;
}

async function timed(label: string, run: () => Promise<unknown>) {
  const start = performance.now();
  await run();
  log(`${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}

/** Drops the big tables' primary keys, unique constraints and indexes; returns the statements that rebuild them. */
async function dropIndexes(tx: postgres.TransactionSql): Promise<string[]> {
  const constraints = await tx<{ table: string; name: string; def: string }[]>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c where c.contype in ('p', 'u') and c.conrelid::regclass::text = any(${BIG_TABLES.filter((t) => t !== "users")})`;
  const indexes = await tx<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = 'public' and tablename = any(${BIG_TABLES.filter((t) => t !== "users")})
      and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`;
  for (const c of constraints) await tx.unsafe(`alter table ${c.table} drop constraint ${c.name}`);
  for (const i of indexes) await tx.unsafe(`drop index ${i.name}`);
  return [
    ...constraints.map((c) => `alter table ${c.table} add constraint ${c.name} ${c.def}`),
    ...indexes.map((i) => i.def),
  ];
}

export async function generate(sql: Sql, size: ScaleSize) {
  const U = size.users;
  const targets = Math.floor(U / 4);
  const pairs = U + targets;
  const spread = Math.min(60, size.daysPerRole - 1);
  const maxDay = 5 * (size.daysPerRole + spread);
  await sql.unsafe("set session_replication_role = replica");
  await sql.unsafe("set maintenance_work_mem = '1GB'");
  await sql.begin(async (tx) => {
    // Cascade: tables added later that reference users (audit events, password resets) empty too.
    await tx.unsafe(`truncate ${BIG_TABLES.join(", ")}, rate_limits cascade`);
    const rebuild = await dropIndexes(tx);

    await tx.unsafe(`create temp table bench_skills on commit drop as
      select (row_number() over (order by slug) - 1)::int as i, slug, name from catalog_skills where retired_at is null`);
    await tx.unsafe(`create temp table bench_roles on commit drop as
      select (row_number() over (order by slug) - 1)::int as i, slug from catalog_roles where retired_at is null`);
    const [{ s: S }] = await tx<{ s: number }[]>`select count(*)::int as s from bench_skills`;
    const [{ r: R }] = await tx<{ r: number }[]>`select count(*)::int as r from bench_roles`;
    // Skill k of a user is skill (off + k·step) mod S: distinct for k < 31 when 30·step < S.
    const maxStep = Math.max(1, Math.min(64, Math.floor((S - 1) / 30)));
    await tx.unsafe(`create temp table bench_users on commit drop as
      select n, md5('bench-user-' || n)::uuid as id, ${balanced("n", U, size.skillsPerUser, Math.min(10, size.skillsPerUser - 1))} as cnt,
        ${rnd("n", 1, S)} as off, 1 + ${rnd("n", 2, maxStep)} as step
      from generate_series(0, ${U - 1}) n`);
    await tx.unsafe(`alter table bench_users add primary key (n)`);
    await tx`create temp table bench_variants (role_slug text, v int, exposure float8, personal_exposure float8, resilience float8, ai_leverage float8, task_coverage jsonb) on commit drop`;
    await tx`insert into bench_variants ${tx(roleVariants().map((r) => ({ ...r, task_coverage: tx.json(r.task_coverage) })))}`;

    await timed(`${U.toLocaleString("en")} users and profiles`, async () => {
      await tx.unsafe(`insert into users (id, name, email, password_hash, created_at, updated_at)
        select id, 'Bench User ' || n, 'user' || n || '@bench.example', '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLWp1c3QtZmlsbGVyLXh4eA',
          now() - interval '800 days', now()
        from bench_users`);
      // Target role: another role than the current one (offset 1..R-1), for a quarter of the users.
      await tx.unsafe(`insert into profiles (user_id, role_slug, target_role_slug, years_experience, updated_at)
        select u.id, r.slug, case when u.n % 4 = 0 then t.slug end, u.n % 30, now()
        from bench_users u join bench_roles r on r.i = u.n % ${R} join bench_roles t on t.i = (u.n % ${R} + 1 + u.n % ${R - 1}) % ${R}`);
    });
    await timed(`${(U * size.skillsPerUser).toLocaleString("en")} user skills`, () =>
      tx.unsafe(`insert into user_skills (user_id, skill_slug, level, years_used, created_at, updated_at)
        select u.id, s.slug, 1 + (u.n + k) % 5, (k % 10)::real, now() - interval '700 days', now() - ((u.n + k) % 600) * interval '1 day'
        from bench_users u cross join lateral generate_series(0, u.cnt - 1) k join bench_skills s on s.i = (u.off + k * u.step) % ${S}`),
    );
    await timed("sessions, goals and resume analyses", async () => {
      await tx.unsafe(`insert into sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent)
        select md5('bench-session-' || u.n || '-' || j)::uuid, u.id, now() - interval '2 days', now(), now() + interval '28 days', 'Mozilla/5.0 (bench)'
        from bench_users u cross join lateral generate_series(0, case when u.n % 2 = 0 then 1 else 0 end) j`);
      // Up to 6 goals per user (3 on average): skill goals on distinct skills, hand-written ones, a third of them done.
      await tx.unsafe(`insert into goals (user_id, kind, target_slug, level, title, due_on, created_at, done_at)
        select u.id, case when k % 2 = 0 then 'skill' else 'manual' end, case when k % 2 = 0 then s.slug end,
          case when k % 2 = 0 then 1 + k % 5 end, case when k % 2 = 0 then 'Reach level ' || (1 + k % 5) || ' in ' || s.name else 'My goal ' || k end,
          current_date + (k * 13 - 30), now() - (k * 20 + 10) * interval '1 day', case when k % 3 = 2 then now() - k * interval '1 day' end
        from bench_users u cross join lateral generate_series(0, u.n % 7 - 1) k join bench_skills s on s.i = (u.off + (k + 40) * u.step) % ${S}`);
      // Found skills: 12 catalog skills, from 64 prepared lists.
      await tx.unsafe(`create temp table bench_found on commit drop as
        select f, jsonb_agg(jsonb_build_object('slug', s.slug, 'name', s.name, 'category', 'language', 'count', 1 + j % 3)) as found
        from generate_series(0, 63) f cross join generate_series(0, 11) j join bench_skills s on s.i = (f * 29 + j * 7) % ${S} group by f`);
      await tx.unsafe(`insert into resume_analyses (user_id, created_at, source, file_name, resume_text, role_slug, found, job_skills, match_rate)
        select u.id, now() - ((u.n + k * 37) % 700) * interval '1 day', case when k % 2 = 0 then 'file' else 'paste' end,
          case when k % 2 = 0 then 'resume-' || k || '.pdf' end,
          case when k = 0 and u.n % 10 = 0 then repeat('Backend engineer with Go, PostgreSQL and Kubernetes. ', 120) end,
          p.role_slug, f.found, case when k % 2 = 0 then g.found end, case when k % 2 = 0 then ((u.n + k) % 100) / 100.0 end
        from bench_users u join profiles p on p.user_id = u.id cross join lateral generate_series(0, u.n % 7 - 1) k
        join bench_found f on f.f = (u.n + k) % 64 join bench_found g on g.f = (u.n + k + 1) % 64`);
    });

    // History: pair p is (user, current role) for p < U, (user 4j, target role) after. It has `len`
    // snapshot days, one every `gap` days back from today.
    await tx.unsafe(`create temp table bench_pairs on commit drop as
      select p, u.id as user_id, u.n, u.cnt, u.off, u.step, p < ${U} as current, coalesce(pr.role_slug, '') as role_slug,
        ${balanced("p", pairs, size.daysPerRole, spread)} as len, 1 + ${rnd("p", 3, 5)} as gap
      from generate_series(0, ${pairs - 1}) p
      join bench_users u on u.n = case when p < ${U} then p else (p - ${U}) * 4 end
      join profiles pr0 on pr0.user_id = u.id
      cross join lateral (select case when p < ${U} then pr0.role_slug else pr0.target_role_slug end as role_slug) pr`);
    // Each day's statements read only the pairs with a snapshot that day (gap divides d, len > d/gap).
    await tx.unsafe(`create index on bench_pairs (gap, len)`);
    await tx.unsafe(`analyze bench_pairs`);
    const start = performance.now();
    for (let d = maxDay; d >= 0; d--) {
      const gaps = [1, 2, 3, 4, 5].filter((g) => d % g === 0);
      const on = `(${gaps.map((g) => `(p.gap = ${g} and p.len > ${d / g})`).join(" or ")})`;
      const first = `(${gaps.map((g) => `(p.gap = ${g} and p.len = ${d / g + 1})`).join(" or ")})`;
      const day = `(current_date - ${d})`;
      await tx.unsafe(`insert into snapshots (user_id, role_slug, day, exposure, personal_exposure, resilience, ai_leverage, skill_count, task_coverage, updated_at)
        select p.user_id, p.role_slug, ${day}, v.exposure, v.personal_exposure, v.resilience, v.ai_leverage, p.cnt, v.task_coverage, ${day} + time '18:00'
        from bench_pairs p join bench_variants v on v.role_slug = p.role_slug and v.v = (p.p + ${d}) % 8 where ${on}`);
      // The first day adds every skill the user has; every other day after it changes one level.
      await tx.unsafe(`insert into skill_events (user_id, at, kind, skill_slug, skill_name, from_level, to_level)
        select p.user_id, ${day} + time '09:00' + k * interval '1 second', 'added', s.slug, s.name, null, 1 + (p.n + k) % 5
        from bench_pairs p cross join lateral generate_series(0, p.cnt - 1) k join bench_skills s on s.i = (p.off + k * p.step) % ${S}
        where p.current and ${first}
        union all
        select p.user_id, ${day} + time '12:00', 'level_changed', s.slug, s.name, 1 + (p.n + ${d}) % 4, 2 + (p.n + ${d}) % 4
        from bench_pairs p join bench_skills s on s.i = (p.off + ((${d} / p.gap) % p.cnt) * p.step) % ${S}
        where p.current and ${on} and ${d} / p.gap < p.len - 1 and (${d} / p.gap) % 2 = 0`);
      if (d % Math.ceil(maxDay / 10) === 0)
        log(
          `history ${Math.round((100 * (maxDay - d)) / maxDay)}% (${((performance.now() - start) / 1000).toFixed(0)} s)`,
        );
    }
    for (const statement of rebuild)
      await timed(statement.replace(/ USING btree|public\./g, "").slice(0, 110), () => tx.unsafe(statement));
  });
  await sql.unsafe("set session_replication_role = origin");
  for (const table of BIG_TABLES)
    await timed(`vacuum analyze ${table}`, () => sql.unsafe(`vacuum (analyze) ${table}`));
}
