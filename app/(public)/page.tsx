import Link from "next/link";

const steps = [
  { title: "Task by task", body: "Each role is broken into the tasks people spend their time on: which ones AI is taking over, and when, and which stay human." },
  { title: "Your skills, your figures", body: "Record your skills and levels. See how much of your role's safe work you cover and how exposed your own mix really is." },
  { title: "What to do next", body: "Skills to learn, AI tools to adopt and certifications to earn, ranked by what they would change, with resume keywords to match." },
];

export default function HomePage() {
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-12 px-4 py-12 sm:py-20">
      <section className="flex max-w-3xl flex-col gap-5">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Know which parts of your work AI will change, and what to learn next.</h1>
        <p className="text-lg text-muted">
          SkillShift matches your skills against the tasks of your role that are at risk of automation and the ones that stay safe, then
          recommends skills, AI tools, certifications and resume keywords, and keeps your progress over time.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/signup" className="btn btn-primary px-5 py-3 text-base">
            Create a free account
          </Link>
          <Link href="/roles" className="btn btn-secondary px-5 py-3 text-base">
            Browse role reports
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="flex flex-col gap-4">
        <h2 id="how" className="text-xl font-semibold">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((s, i) => (
            <li key={s.title} className="card">
              <p className="text-sm font-semibold text-brand">Step {i + 1}</p>
              <h3 className="mt-1 text-lg font-semibold">{s.title}</h3>
              <p className="mt-2 text-muted">{s.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
