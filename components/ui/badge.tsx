import type { ReactNode } from "react";

export type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

/** A small pill. Its words carry the meaning; the tone only repeats it. */
export function Badge({ tone = "neutral", icon, children, className = "" }: { tone?: Tone; icon?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <span className={className ? `badge badge-${tone} ${className}` : `badge badge-${tone}`}>
      {icon}
      {children}
    </span>
  );
}
