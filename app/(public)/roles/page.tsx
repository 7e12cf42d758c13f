import type { Metadata } from "next";
import { RoleBrowser } from "@/components/roles/role-browser";
import { allRoleSummaries } from "@/lib/catalog/role-report";
import { INDUSTRIES } from "@/lib/catalog/types";

export const metadata: Metadata = {
  title: "Role reports",
  description: "How exposed each role is to AI, task by task: search and filter reports across technology, finance, healthcare, legal, marketing and more.",
  alternates: { canonical: "/roles" },
};

export default function RolesPage() {
  const roles = allRoleSummaries();
  const used = new Set(roles.map((r) => r.industry));
  const industries = Object.entries(INDUSTRIES)
    .filter(([value]) => used.has(value as keyof typeof INDUSTRIES))
    .map(([value, label]) => ({ value, label }));
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10">
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Role reports</h1>
        <p className="text-muted">
          Each report breaks a role into its tasks: which ones AI is taking over and when, which stay human and why, the AI tools arriving,
          pay outlook and how to adapt.
        </p>
      </header>
      <RoleBrowser roles={roles} industries={industries} />
    </div>
  );
}
