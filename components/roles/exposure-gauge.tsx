import type { RiskCategory } from "@/lib/analysis/role-exposure";

/** A 0–10 scale with the low / moderate / high bands and a marker; the text says the same thing. */
export function ExposureGauge({ score, category, label = "AI exposure" }: { score: number; category: RiskCategory; label?: string }) {
  const x = (v: number) => (v / 10) * 300;
  return (
    <figure className="flex flex-col gap-1">
      <svg viewBox="0 0 300 44" className="w-full max-w-md" role="img" aria-label={`${label}: ${score.toFixed(1)} out of 10, ${category}`}>
        <rect x={0} y={14} width={x(4)} height={12} rx={3} className="fill-success/30" />
        <rect x={x(4)} y={14} width={x(3)} height={12} className="fill-warning/30" />
        <rect x={x(7)} y={14} width={x(3)} height={12} rx={3} className="fill-danger/30" />
        <line x1={x(score)} x2={x(score)} y1={6} y2={34} strokeWidth={4} className="stroke-fg" />
        {[0, 4, 7, 10].map((t) => (
          <text key={t} x={Math.min(Math.max(x(t), 4), 296)} y={43} fontSize={9} textAnchor="middle" className="fill-muted">
            {t}
          </text>
        ))}
      </svg>
      <figcaption className="text-sm text-muted">Low below 4 · moderate 4 to 6.9 · high 7 and above</figcaption>
    </figure>
  );
}
