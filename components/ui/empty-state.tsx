import Link from "next/link";
import type { ReactNode } from "react";

/** Nothing here yet, why, and the one thing to do about it. */
export function EmptyState({
  title,
  children,
  action,
  headingLevel = 3,
}: {
  title: string;
  children?: ReactNode;
  action?: { href: string; label: string };
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as "h3";
  return (
    <div className="flex flex-col items-start gap-2 rounded-2xl border border-dashed border-input/60 bg-surface/60 p-5 sm:p-6">
      <H className="font-semibold">{title}</H>
      {children && <div className="text-muted">{children}</div>}
      {action && (
        <Link href={action.href} className="btn btn-secondary mt-2">
          {action.label}
        </Link>
      )}
    </div>
  );
}
