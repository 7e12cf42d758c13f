import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { SignupForm } from "./signup-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignupPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <section className="card flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
        <p className="mt-1 text-muted">Track your skills and see how AI is changing your role.</p>
      </div>
      <SignupForm />
    </section>
  );
}
