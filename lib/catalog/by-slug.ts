import { catalog } from "./index";

const roles = new Map(catalog.roles.map((r) => [r.slug, r]));
const skills = new Map(catalog.skills.map((s) => [s.slug, s]));

export const findRole = (slug: string | null | undefined) => (slug ? roles.get(slug) : undefined);
export const findSkill = (slug: string | null | undefined) => (slug ? skills.get(slug) : undefined);

/** Role choices for pickers: small enough to ship to the browser whole. */
export const roleOptions = () =>
  catalog.roles
    .map((r) => ({ value: r.slug, label: r.title, hint: r.aliases.slice(0, 3).join(", ") }))
    .sort((a, b) => a.label.localeCompare(b.label));
