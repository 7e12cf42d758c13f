export function catalogSummary(c: { roles: number; skills: number; changed: boolean }): string {
  return `catalog ${c.changed ? "synced" : "unchanged"} (${c.roles} roles, ${c.skills} skills)`;
}
