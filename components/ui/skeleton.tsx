import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A grey placeholder block in the shape of what is coming. */
export function Skeleton({ className }: { className?: string }) {
  return <div className={cn("skeleton", className)} />;
}

/**
 * The frame of a page while its data loads: announced once as "Loading <what>", busy, and
 * otherwise silent (the blocks themselves are hidden from assistive technology).
 */
export function PageSkeleton({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="flex flex-col gap-8">
      <span className="sr-only">Loading {label}…</span>
      <div aria-hidden="true" className="flex flex-col gap-8">
        {children}
      </div>
    </div>
  );
}

/** A heading line and a paragraph line, the start of most pages. */
export function HeaderSkeleton() {
  return (
    <div className="flex flex-col gap-3">
      <Skeleton className="h-9 w-2/3 max-w-md" />
      <Skeleton className="h-4 w-full max-w-xl" />
    </div>
  );
}

export function CardSkeleton({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div className={cn("card flex flex-col gap-3", className)}>
      <Skeleton className="h-6 w-1/3" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={cn("h-4", i === lines - 1 ? "w-2/3" : "w-full")} />
      ))}
    </div>
  );
}
