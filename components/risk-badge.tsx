import type { RiskCategory } from "@/lib/analysis/role-exposure";

const STYLE: Record<RiskCategory, string> = {
  low: "border-success/50 bg-success/10 text-success",
  moderate: "border-warning/50 bg-warning/10 text-warning",
  high: "border-danger/50 bg-danger/10 text-danger",
};
const LABEL: Record<RiskCategory, string> = { low: "Low risk", moderate: "Moderate risk", high: "High risk" };

/** Score and category in words, so the colour is never the only signal. */
export function RiskBadge({ score, category }: { score: number; category: RiskCategory }) {
  return (
    <span className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STYLE[category]}`}>
      {`${score.toFixed(1)}/10 · ${LABEL[category]}`}
    </span>
  );
}
