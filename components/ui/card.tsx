import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * A surface with a border. With a title it is a labelled region (its heading names it), so
 * pages can be navigated by landmark as well as by heading.
 */
export function Card({
  id,
  title,
  headingLevel = 2,
  children,
  className,
}: {
  id?: string;
  title?: string;
  headingLevel?: 2 | 3;
  children: ReactNode;
  className?: string;
}) {
  const H = `h${headingLevel}` as "h2";
  if (!title || !id) return <div className={cn("card", className)}>{children}</div>;
  return (
    <section aria-labelledby={id} className={cn("card flex flex-col gap-4", className)}>
      <H id={id} className={headingLevel === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {title}
      </H>
      {children}
    </section>
  );
}
