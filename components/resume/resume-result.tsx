"use client";

import { useState, type ReactNode } from "react";
import type { ResumeResult } from "@/lib/resume-analysis/service";
import { SKILL_CATEGORIES } from "@/lib/catalog/types";
import { suggestionsMarkdown } from "@/lib/suggestions/markdown";
import { AddFoundSkills } from "./add-found-skills";
import { HighlightedText } from "./highlighted-text";

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="card flex flex-col gap-3">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Found keywords, what to add (only skills the user has), what to learn and the job match. */
export function ResumeResultView({ result }: { result: ResumeResult }) {
  const { suggestions: s, found } = result;
  const [copied, setCopied] = useState("");
  const names = new Map(found.map((f) => [f.slug, f.name]));
  const groups = new Map<string, typeof found>();
  for (const f of found) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const byCategory = [...groups].sort((a, b) => b[1].length - a[1].length);
  const markdown = () => suggestionsMarkdown(s, found, new Date(result.createdAt));
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown()], { type: "text/markdown" }));
    Object.assign(document.createElement("a"), {
      href: url,
      download: `resume-suggestions-${result.createdAt.slice(0, 10)}.md`,
    }).click();
    URL.revokeObjectURL(url);
  };
  const inProfile = new Set(result.inProfile);

  return (
    <section aria-labelledby="result-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="result-heading" className="text-2xl font-semibold tracking-tight">
          Results{result.fileName ? ` for ${result.fileName}` : ""}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() =>
              navigator.clipboard.writeText(markdown()).then(
                () => setCopied("Suggestions copied."),
                () => setCopied("Copying is blocked here; use Download."),
              )
            }
          >
            Copy suggestions
          </button>
          <button type="button" className="btn btn-secondary" onClick={download}>
            Download as Markdown
          </button>
          <span role="status" className="text-sm text-success">
            {copied}
          </span>
        </div>
      </div>
      {result.text ? (
        <HighlightedText text={result.text} highlights={result.highlights} names={names} />
      ) : (
        <p className="text-sm text-muted">
          The resume text was not kept, so only the skills found are shown.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title={`Skills found (${found.length})`}>
          {found.length === 0 && (
            <p className="text-muted">
              No catalog skills found. Check that the resume names the tools and methods you use.
            </p>
          )}
          <dl className="flex flex-col gap-2">
            {byCategory.map(([category, skills]) => (
              <div key={category}>
                <dt className="text-sm font-medium text-muted">
                  {SKILL_CATEGORIES[category as keyof typeof SKILL_CATEGORIES] ?? category}
                </dt>
                <dd>{skills.map((f) => `${f.name}${f.count > 1 ? ` ×${f.count}` : ""}`).join(", ")}</dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel title="Add to your resume">
          {s.addToResume.length === 0 && (
            <p className="text-muted">
              Every skill in your profile already appears. Add skills to your profile to get suggestions.
            </p>
          )}
          <ol className="flex flex-col gap-2">
            {s.addToResume.slice(0, 12).map((a) => (
              <li key={a.slug}>
                <span className="font-medium">{a.name}</span>{" "}
                <span className="text-sm text-muted">
                  (your level {a.level}/5) —{" "}
                  {a.where.kind === "bullet"
                    ? `in the bullet about “${a.where.task}”`
                    : "in your skills section"}
                </span>
              </li>
            ))}
          </ol>
        </Panel>
        <Panel title="Learn first">
          {s.learnFirst.length === 0 && (
            <p className="text-muted">Pick a role on your profile to get recommendations.</p>
          )}
          <ol className="flex flex-col gap-1">
            {s.learnFirst.map((l) => (
              <li key={l.slug}>
                {l.name}{" "}
                <span className="text-sm text-muted">(+{(l.gain * 100).toFixed(1)} pts of resilience)</span>
              </li>
            ))}
          </ol>
        </Panel>
        {s.job && (
          <Panel title="Job description match">
            <p className="text-2xl font-bold" data-figure="match">
              {Math.round(s.job.matchRate * 100)}%
            </p>
            <p className="text-sm text-muted">
              of the job&apos;s {s.job.skills.length} skills appear in your resume.
            </p>
            <p className="text-sm font-medium">You have it, add it</p>
            <p>{s.job.haveIt.map((x) => x.name).join(", ") || "—"}</p>
            <p className="text-sm font-medium">You&apos;d need to learn it</p>
            <p>{s.job.toLearn.map((x) => x.name).join(", ") || "—"}</p>
          </Panel>
        )}
        <Panel title="Add found skills to your profile">
          <AddFoundSkills found={found.filter((f) => !inProfile.has(f.slug))} />
        </Panel>
      </div>
    </section>
  );
}
