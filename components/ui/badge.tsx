import type { ReactNode } from "react";

export type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

const TONE: Record<Tone, string> = {
  neutral: "border-border bg-surface-2 text-fg",
  brand: "border-brand/40 bg-brand/10 text-brand",
  success: "border-success/50 bg-success/10 text-success",
  warning: "border-warning/50 bg-warning/10 text-warning",
  danger: "border-danger/50 bg-danger/10 text-danger",
};

/** A small pill. Its words carry the meaning; the tone only repeats it. */
export function Badge({ tone = "neutral", icon, children, className = "" }: { tone?: Tone; icon?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONE[tone]} ${className}`}>
      {icon}
      {children}
    </span>
  );
}
