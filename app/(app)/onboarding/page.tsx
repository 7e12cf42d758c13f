import type { Metadata } from "next";
import Link from "next/link";
import { RoleChoiceForm } from "@/components/profile/role-choice-form";
import { SkillAdder } from "@/components/profile/skill-adder";
import { SkillList } from "@/components/profile/skill-list";
import { requireUser } from "@/lib/auth/current-user";
import { findRole, roleOptions } from "@/lib/catalog/by-slug";
import { getProfile } from "@/lib/profile/queries";

export const metadata: Metadata = { title: "Set up your profile" };

export default async function OnboardingPage() {
  const user = await requireUser("/onboarding");
  const profile = await getProfile(user.id);
  const role = findRole(profile.roleSlug);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header>
        <p className="text-sm font-semibold text-brand">Step {role ? 2 : 1} of 2</p>
        <h1 className="text-3xl font-bold tracking-tight">
          {role ? "Add your first skills" : "What do you do?"}
        </h1>
        <p className="mt-1 text-muted">
          {role
            ? `Add the skills you use as a ${role.title}, with how well you know them. Five or more give a useful picture; you can change them any time.`
            : "Pick your current role, and a role you are aiming for if you have one. You can change both later."}
        </p>
      </header>
      {role ? (
        <>
          <section aria-label="Add a skill" className="card">
            <SkillAdder />
          </section>
          <SkillList skills={profile.skills} />
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/dashboard" className="btn btn-primary">
              {profile.skills.length ? "See my analysis" : "Skip for now"}
            </Link>
            <Link href="/profile" className="btn btn-ghost">
              Change my role
            </Link>
          </div>
        </>
      ) : (
        <section className="card">
          <RoleChoiceForm roles={roleOptions()} initial={profile} submitLabel="Continue" />
        </section>
      )}
    </div>
  );
}
