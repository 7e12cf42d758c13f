// What to do with a resume: add skills the user has but the resume lacks (never one they lack),
// learn first what the analysis recommends, and how a job description's skills split between them.
import type { RoleDef } from "../catalog/types";

export interface Found {
  slug: string;
  name: string;
  category: string;
  count: number;
}

export interface AddToResume {
  slug: string;
  name: string;
  level: number;
  /** Σ over tasks of share × the skill's weight share in the task: how much of the role it serves. */
  importance: number;
  /** Where it belongs: the bullet of the task it serves most, or the skills section. */
  where: { kind: "bullet"; task: string } | { kind: "skills-section" };
}

export interface LearnFirst {
  slug: string;
  name: string;
  /** Resilience gain, percentage points as a 0–1 share. */
  gain: number;
}

export interface JobMatch {
  skills: Found[];
  /** Share of the job's skills found in the resume, 0–1. */
  matchRate: number;
  /** Missing from the resume, in the profile: "you have it, add it". */
  haveIt: Found[];
  /** Missing from the resume and the profile: "you'd need to learn it". */
  toLearn: Found[];
}

export interface ResumeSuggestions {
  addToResume: AddToResume[];
  learnFirst: LearnFirst[];
  job: JobMatch | null;
}

/** Per skill: its total importance to the role and the task it serves most. */
function skillImportance(role: Pick<RoleDef, "tasks"> | undefined) {
  const out = new Map<string, { importance: number; task: string; best: number }>();
  for (const task of role?.tasks ?? []) {
    const total = task.skills.reduce((s, x) => s + Math.max(0, x.weight), 0);
    for (const { skill, weight } of task.skills) {
      const part = total > 0 ? (task.importance * Math.max(0, weight)) / total : 0;
      const cur = out.get(skill) ?? { importance: 0, task: task.title, best: -1 };
      cur.importance += part;
      if (part > cur.best) Object.assign(cur, { best: part, task: task.title });
      out.set(skill, cur);
    }
  }
  return out;
}

export function resumeSuggestions(input: {
  found: readonly Found[];
  jobFound?: readonly Found[] | null;
  /** Catalog skills in the profile, slug → level 1–5. */
  profile: ReadonlyMap<string, number>;
  /** The role the resume should speak to: the target role if set, else the current one. */
  role?: Pick<RoleDef, "tasks">;
  recommendations?: readonly { skill: string; name: string; gainR: number }[];
  name: (slug: string) => string;
}): ResumeSuggestions {
  const inResume = new Set(input.found.map((f) => f.slug));
  const weights = skillImportance(input.role);
  const addToResume: AddToResume[] = [...input.profile]
    .filter(([slug, level]) => level > 0 && !inResume.has(slug))
    .map(([slug, level]) => {
      const w = weights.get(slug);
      return {
        slug,
        name: input.name(slug),
        level,
        importance: w?.importance ?? 0,
        where:
          w && w.importance > 0
            ? { kind: "bullet" as const, task: w.task }
            : { kind: "skills-section" as const },
      };
    })
    .sort((a, b) => b.importance - a.importance || b.level - a.level || a.name.localeCompare(b.name));

  const learnFirst = (input.recommendations ?? [])
    .filter((r) => !(input.profile.get(r.skill) ?? 0))
    .map((r) => ({ slug: r.skill, name: r.name, gain: r.gainR }));

  let job: JobMatch | null = null;
  if (input.jobFound) {
    const missing = input.jobFound.filter((s) => !inResume.has(s.slug));
    job = {
      skills: [...input.jobFound],
      matchRate: input.jobFound.length ? (input.jobFound.length - missing.length) / input.jobFound.length : 0,
      haveIt: missing.filter((s) => (input.profile.get(s.slug) ?? 0) > 0),
      toLearn: missing.filter((s) => !((input.profile.get(s.slug) ?? 0) > 0)),
    };
  }
  return { addToResume, learnFirst, job };
}
