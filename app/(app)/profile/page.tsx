import type { Metadata } from "next";
import { RoleChoiceForm } from "@/components/profile/role-choice-form";
import { SkillAdder } from "@/components/profile/skill-adder";
import { SkillList } from "@/components/profile/skill-list";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { roleOptions } from "@/lib/catalog/by-slug";
import { getProfile } from "@/lib/profile/queries";
import { MAX_SKILLS } from "@/lib/profile/schemas";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const profile = await getProfile(user.id);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold tracking-tight">Your profile</h1>
      <Card id="role-heading" title="Role">
        <RoleChoiceForm roles={roleOptions()} initial={profile} submitLabel="Save role" />
      </Card>
      <section aria-labelledby="skills-heading" className="flex flex-col gap-4">
        <div className="section-head">
          <h2 id="skills-heading" className="text-xl font-semibold">
            Skills
          </h2>
          <p className="text-sm text-muted">
            {profile.skills.length} of up to {MAX_SKILLS}
          </p>
        </div>
        <div className="card">
          <SkillAdder />
        </div>
        <SkillList skills={profile.skills} />
      </section>
    </div>
  );
}
