import type { RiskCategory } from "@/lib/analysis/role-exposure";
import { Badge, type Tone } from "@/components/ui/badge";

const TONE: Record<RiskCategory, Tone> = { low: "success", moderate: "warning", high: "danger" };
const LABEL: Record<RiskCategory, string> = { low: "Low risk", moderate: "Moderate risk", high: "High risk" };

/** Score and category in words, so the colour is never the only signal. */
export function RiskBadge({ score, category }: { score: number; category: RiskCategory }) {
  return <Badge tone={TONE[category]}>{`${score.toFixed(1)}/10 · ${LABEL[category]}`}</Badge>;
}
