import type { Metadata } from "next";
import { OnetCredit } from "@/components/data/onet-credit";
import { JobSearch } from "@/components/roles/job-search";
import { OccupationBrowser } from "@/components/roles/occupation-browser";
import { RoleBrowser } from "@/components/roles/role-browser";
import { allRoleSummaries } from "@/lib/catalog/role-report";
import { INDUSTRIES } from "@/lib/catalog/types";
import { parseBrowseParams } from "@/lib/occupations/browse-params";
import { listMajorGroups, listOccupations } from "@/lib/occupations/queries";
import { searchRoles } from "@/lib/search/job-titles";

export const metadata: Metadata = {
  title: "Role reports",
  description:
    "How exposed every US occupation is to AI: search 56,000 job titles, read task-by-task reports, browse all 831 occupations by industry.",
  alternates: { canonical: "/roles" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RolesPage({ searchParams }: Props) {
  const params = parseBrowseParams(await searchParams);
  const roles = allRoleSummaries();
  const used = new Set(roles.map((r) => r.industry));
  const industries = Object.entries(INDUSTRIES)
    .filter(([value]) => used.has(value as keyof typeof INDUSTRIES))
    .map(([value, label]) => ({ value, label }));
  const [results, groups, list] = await Promise.all([
    params.job ? searchRoles(params.job, { limit: 20 }) : null,
    listMajorGroups(),
    listOccupations({
      group: params.group,
      exposure: params.exposure,
      sort: params.sort,
      page: params.page,
      pageSize: 50,
    }),
  ]);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-10">
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Role reports</h1>
        <p className="text-muted">
          Every US occupation, findable by any of its job titles. Full reports break a role into its tasks:
          which ones AI is taking over and when, which stay human and why, the AI tools arriving, pay and how
          to adapt. The other occupations show their published research figures until their report is written.
        </p>
      </header>
      <JobSearch query={params.job} results={results} />
      <section aria-labelledby="full-reports" className="flex flex-col gap-4">
        <h2 id="full-reports" className="section-title">
          Full reports
        </h2>
        <RoleBrowser roles={roles} industries={industries} />
      </section>
      <OccupationBrowser params={params} groups={groups} list={list} />
      <OnetCredit />
    </div>
  );
}
