// The /roles page's query string, read leniently: anything unknown falls back to the default, so a
// hand-edited or stale link still shows a page.
import { z } from "zod";
import { SOC_MAJOR_GROUPS } from "@/lib/catalog/occupation-schema";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const groups = SOC_MAJOR_GROUPS.map((g) => g.code) as [string, ...string[]];

const schema = z.object({
  job: z.preprocess(first, z.string().trim().max(100)).catch(""),
  group: z.preprocess(first, z.enum(groups).optional()).catch(undefined),
  exposure: z.preprocess(first, z.enum(["lower", "middle", "higher"]).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(["employment", "title", "exposure", "wage"])).catch("employment"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000)).catch(1),
});

export type BrowseParams = z.output<typeof schema>;

export function parseBrowseParams(raw: Record<string, unknown>): BrowseParams {
  return schema.parse(raw);
}

/** A link to the same view with some parameters changed; defaults are left out of the URL. */
export function browseHref(params: BrowseParams, patch: Partial<BrowseParams>): string {
  const next = { ...params, ...patch };
  const query = new URLSearchParams();
  if (next.job) query.set("job", next.job);
  if (next.group) query.set("group", next.group);
  if (next.exposure) query.set("exposure", next.exposure);
  if (next.sort !== "employment") query.set("sort", next.sort);
  if (next.page > 1) query.set("page", String(next.page));
  return query.size ? `/roles?${query}#occupations` : "/roles#occupations";
}
