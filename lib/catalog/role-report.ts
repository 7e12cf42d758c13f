import { catalog, type Catalog } from "./index";
import { RESEARCH_SOURCES } from "./research-signals";
import { summarizeRole, type RoleSummary } from "./roles-view";
import {
  PROTECTIONS,
  type AiToolDef,
  type CertificationDef,
  type ResearchSignals,
  type Timeline,
} from "./types";

export interface Ref {
  slug: string;
  name: string;
}

interface ReportTask {
  slug: string;
  title: string;
  description: string;
  importance: number;
  exposure: number;
  skills: (Ref & { weight: number })[];
}

export interface RoleReport extends RoleSummary {
  overview: string;
  atRisk: (ReportTask & { timeline: Timeline; tools: Ref[] })[];
  safe: (ReportTask & { protectedBy: string[] })[];
  tools: (Pick<AiToolDef, "slug" | "name" | "vendor" | "url" | "description"> & {
    effect: "augments" | "automates";
    note: string;
    tasks: Ref[];
  })[];
  certifications: (CertificationDef & { skillNames: string[] })[];
  salary: {
    levels: { level: "entry" | "mid" | "senior"; min: number; max: number; changePct: [number, number] }[];
    note: string;
  };
  adaptation: { title: string; detail: string; tasks: Ref[]; skills: Ref[] }[];
  related: RoleSummary[];
  research: { signals: ResearchSignals; sources: typeof RESEARCH_SOURCES } | null;
}

function indexes(c: Catalog) {
  return {
    skills: new Map(c.skills.map((s) => [s.slug, s])),
    tools: new Map(c.aiTools.map((t) => [t.slug, t])),
    certs: new Map(c.certifications.map((x) => [x.slug, x])),
    roles: new Map(c.roles.map((r) => [r.slug, r])),
    signals: new Map(c.researchSignals.map((s) => [s.socCode, s])),
  };
}
let cached: ReturnType<typeof indexes> | undefined;

/** Everything the public report shows for one role, references resolved; null for an unknown slug. */
export function roleReport(slug: string, c: Catalog = catalog): RoleReport | null {
  const ix = c === catalog ? (cached ??= indexes(c)) : indexes(c);
  const role = ix.roles.get(slug);
  if (!role) return null;
  const skillRef = (s: string): Ref => ({ slug: s, name: ix.skills.get(s)?.name ?? s });
  const taskTitle = new Map(role.tasks.map((t) => [t.slug, t.title]));
  const taskRef = (t: string): Ref => ({ slug: t, name: taskTitle.get(t) ?? t });
  const base = (t: (typeof role.tasks)[number]): ReportTask => ({
    slug: t.slug,
    title: t.title,
    description: t.description,
    importance: t.importance,
    exposure: t.exposure,
    skills: t.skills.map((s) => ({ ...skillRef(s.skill), weight: s.weight })),
  });
  const byWeight = <T extends { importance: number; exposure: number }>(a: T, b: T) =>
    b.importance * b.exposure - a.importance * a.exposure;

  return {
    ...summarizeRole(role),
    overview: role.overview,
    atRisk: role.tasks
      .flatMap((t) =>
        t.kind === "at_risk"
          ? [
              {
                ...base(t),
                timeline: t.timeline,
                tools: role.tools
                  .filter((u) => u.tasks.includes(t.slug))
                  .map((u) => ({ slug: u.tool, name: ix.tools.get(u.tool)?.name ?? u.tool })),
              },
            ]
          : [],
      )
      .sort(byWeight),
    safe: role.tasks
      .flatMap((t) =>
        t.kind === "safe" ? [{ ...base(t), protectedBy: t.protectedBy.map((p) => PROTECTIONS[p]) }] : [],
      )
      .sort((a, b) => b.importance - a.importance),
    tools: role.tools.flatMap((u) => {
      const tool = ix.tools.get(u.tool);
      return tool
        ? [
            {
              slug: tool.slug,
              name: tool.name,
              vendor: tool.vendor,
              url: tool.url,
              description: tool.description,
              effect: u.effect,
              note: u.note,
              tasks: u.tasks.map(taskRef),
            },
          ]
        : [];
    }),
    certifications: role.certifications.flatMap((slug) => {
      const cert = ix.certs.get(slug);
      return cert ? [{ ...cert, skillNames: cert.skills.map((s) => skillRef(s).name) }] : [];
    }),
    salary: {
      levels: (["entry", "mid", "senior"] as const).map((level) => ({ level, ...role.salary[level] })),
      note: role.salary.note,
    },
    adaptation: role.adaptation.map((a) => ({
      title: a.title,
      detail: a.detail,
      tasks: a.tasks.map(taskRef),
      skills: a.skills.map(skillRef),
    })),
    related: role.related.flatMap((r) => {
      const other = ix.roles.get(r);
      return other ? [summarizeRole(other)] : [];
    }),
    research:
      role.socCode && ix.signals.has(role.socCode)
        ? { signals: ix.signals.get(role.socCode)!, sources: RESEARCH_SOURCES }
        : null,
  };
}

let summaries: RoleSummary[] | undefined;
export function allRoleSummaries(): RoleSummary[] {
  return (summaries ??= catalog.roles.map(summarizeRole));
}
