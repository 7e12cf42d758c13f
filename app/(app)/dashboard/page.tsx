import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
      <div className="card">
        <h2 className="text-lg font-semibold">Your analysis will appear here</h2>
        <p className="mt-2 text-muted">Once you pick your role and add your skills, this page shows how exposed your work is and what to learn next.</p>
      </div>
    </section>
  );
}
