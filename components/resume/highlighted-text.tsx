import { Fragment } from "react";
import type { Highlight } from "@/lib/resume-analysis/service";

/** The resume text with every found keyword marked (offsets are UTF-16, as String#slice uses). */
export function HighlightedText({
  text,
  highlights,
  names,
}: {
  text: string;
  highlights: Highlight[];
  names: Map<string, string>;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, h] of highlights.entries()) {
    if (h.start < at) continue;
    parts.push(<Fragment key={`t${i}`}>{text.slice(at, h.start)}</Fragment>);
    parts.push(
      <mark key={`m${i}`} title={names.get(h.slug)} className="rounded bg-brand/20 px-0.5 text-fg">
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  parts.push(<Fragment key="end">{text.slice(at)}</Fragment>);
  return (
    <div
      className="max-h-[32rem] overflow-auto rounded-lg border border-border bg-bg p-4 font-mono text-sm leading-relaxed whitespace-pre-wrap"
      tabIndex={0}
      aria-label="Your resume with found keywords highlighted"
    >
      {parts}
    </div>
  );
}
