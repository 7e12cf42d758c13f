import { roleExposure } from "../analysis/role-exposure";
import type { Catalog } from "./index";
import type { RoleDef } from "./types";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

/** The key two names collide on: the extractor matches case-insensitive names lowercased. */
export function matchKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

function checkRole(role: RoleDef, c: Catalog, ids: Ids): string[] {
  const e: string[] = [];
  const at = (msg: string) => e.push(`role ${role.slug}: ${msg}`);
  const taskSlugs = new Set(role.tasks.map((t) => t.slug));
  const risk = role.tasks.filter((t) => t.kind === "at_risk");
  const safe = role.tasks.filter((t) => t.kind === "safe");
  if (!role.title.trim() || role.overview.trim().length < 80) at("title or overview missing or too short");
  if (risk.length < 6) at(`${risk.length} at-risk tasks, need at least 6`);
  if (safe.length < 5) at(`${safe.length} safe tasks, need at least 5`);
  for (const d of duplicates(role.tasks.map((t) => t.slug))) at(`duplicate task slug ${d}`);
  const share = role.tasks.reduce((s, t) => s + t.importance, 0);
  if (Math.abs(share - 1) > 1e-6) at(`importance shares sum to ${share.toFixed(4)}, not 1`);
  for (const t of role.tasks) {
    if (!SLUG.test(t.slug)) at(`task slug "${t.slug}" is not kebab-case`);
    if (!t.title.trim() || t.description.trim().length < 20)
      at(`task ${t.slug}: title or description missing`);
    if (!(t.importance > 0)) at(`task ${t.slug}: importance must be > 0`);
    if (!(t.exposure >= 0 && t.exposure <= 1)) at(`task ${t.slug}: exposure must be 0–1`);
    if (t.skills.length < 2) at(`task ${t.slug}: needs at least 2 skills`);
    for (const s of t.skills) {
      if (!ids.skills.has(s.skill)) at(`task ${t.slug}: unknown skill ${s.skill}`);
      if (!(s.weight > 0)) at(`task ${t.slug}: skill ${s.skill} weight must be > 0`);
    }
    for (const d of duplicates(t.skills.map((s) => s.skill))) at(`task ${t.slug}: skill ${d} listed twice`);
    if (t.kind === "safe" && t.protectedBy.length === 0) at(`safe task ${t.slug}: say what protects it`);
  }
  if (role.tools.length < 4) at(`${role.tools.length} AI tools, need at least 4`);
  for (const u of role.tools) {
    if (!ids.tools.has(u.tool)) at(`unknown AI tool ${u.tool}`);
    if (u.tasks.length === 0 || !u.note.trim()) at(`tool ${u.tool}: needs tasks and a note`);
    for (const t of u.tasks) if (!taskSlugs.has(t)) at(`tool ${u.tool}: unknown task ${t}`);
  }
  for (const d of duplicates(role.tools.map((u) => u.tool))) at(`tool ${d} listed twice`);
  if (role.certifications.length < 3) at(`${role.certifications.length} certifications, need at least 3`);
  for (const cert of role.certifications) if (!ids.certs.has(cert)) at(`unknown certification ${cert}`);
  if (role.adaptation.length < 4) at(`${role.adaptation.length} adaptation steps, need at least 4`);
  for (const step of role.adaptation) {
    if (!step.title.trim() || !step.detail.trim()) at(`adaptation step without title or detail`);
    for (const t of step.tasks) if (!taskSlugs.has(t)) at(`adaptation "${step.title}": unknown task ${t}`);
    for (const s of step.skills) if (!ids.skills.has(s)) at(`adaptation "${step.title}": unknown skill ${s}`);
    if (step.tasks.length + step.skills.length === 0)
      at(`adaptation "${step.title}": tie it to tasks or skills`);
  }
  if (role.related.length < 3) at(`${role.related.length} related roles, need at least 3`);
  for (const r of role.related) if (!ids.roles.has(r) || r === role.slug) at(`bad related role ${r}`);
  const { entry, mid, senior, note } = role.salary;
  for (const [name, b] of Object.entries({ entry, mid, senior })) {
    if (!(b.min > 0 && b.min < b.max)) at(`salary ${name}: min must be positive and below max`);
    if (b.changePct[0] > b.changePct[1]) at(`salary ${name}: change range reversed`);
  }
  if (!(entry.min <= mid.min && mid.min <= senior.min)) at("salary levels out of order");
  if (!note.trim()) at("salary note missing");
  if (role.socCode && !c.researchSignals.some((r) => r.socCode === role.socCode))
    at(`no research signals for SOC ${role.socCode} (run npm run research:signals)`);
  if (!Number.isFinite(roleExposure(role.tasks))) at("risk score is not a number");
  return e;
}

interface Ids {
  roles: Set<string>;
  skills: Set<string>;
  tools: Set<string>;
  certs: Set<string>;
}

/** Every rule the catalog must keep; returns human-readable problems, empty when valid. */
export function validateCatalog(c: Catalog): string[] {
  const errors: string[] = [];
  const ids: Ids = {
    roles: new Set(c.roles.map((r) => r.slug)),
    skills: new Set(c.skills.map((s) => s.slug)),
    tools: new Set(c.aiTools.map((t) => t.slug)),
    certs: new Set(c.certifications.map((x) => x.slug)),
  };
  const lists = { role: c.roles, skill: c.skills, "AI tool": c.aiTools, certification: c.certifications };
  for (const [kind, list] of Object.entries(lists)) {
    for (const d of duplicates(list.map((x) => x.slug))) errors.push(`duplicate ${kind} slug ${d}`);
    for (const x of list) if (!SLUG.test(x.slug)) errors.push(`${kind} slug "${x.slug}" is not kebab-case`);
  }
  const owner = new Map<string, string>();
  for (const s of c.skills) {
    if (!s.name.trim() || !s.description.trim()) errors.push(`skill ${s.slug}: name or description missing`);
    for (const name of new Set([s.name, ...(s.aliases ?? [])].map(matchKey))) {
      const prev = owner.get(name);
      if (prev && prev !== s.slug) errors.push(`alias clash: "${name}" names both ${prev} and ${s.slug}`);
      owner.set(name, s.slug);
    }
  }
  for (const cert of c.certifications) {
    if (cert.skills.length === 0) errors.push(`certification ${cert.slug}: map it to skills`);
    for (const s of cert.skills)
      if (!ids.skills.has(s)) errors.push(`certification ${cert.slug}: unknown skill ${s}`);
    if (!(cert.prepHours > 0)) errors.push(`certification ${cert.slug}: preparation hours must be > 0`);
    if (!/^https:\/\//.test(cert.url)) errors.push(`certification ${cert.slug}: url must be https`);
  }
  for (const t of c.aiTools)
    if (!/^https:\/\//.test(t.url)) errors.push(`AI tool ${t.slug}: url must be https`);
  for (const role of c.roles) errors.push(...checkRole(role, c, ids));
  return errors;
}
