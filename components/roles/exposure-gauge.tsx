import type { RiskCategory } from "@/lib/analysis/role-exposure";

const BANDS = [
  { name: "Low", from: 0, to: 4, fill: "bg-success/35" },
  { name: "Moderate", from: 4, to: 7, fill: "bg-warning/35" },
  { name: "High", from: 7, to: 10, fill: "bg-danger/35" },
];
const at = (v: number) => `${Math.min(Math.max(v, 0), 10) * 10}%`;

/**
 * A 0–10 scale with named low / moderate / high bands and a marker. One image to assistive
 * technology, named with the score and band in words; the bands are named on screen too, so the
 * colours are never the only signal. HTML rather than SVG text keeps the labels legible on phones.
 */
export function ExposureGauge({
  score,
  category,
  label = "AI exposure",
  caption = true,
}: {
  score: number;
  category: RiskCategory;
  label?: string;
  caption?: boolean;
}) {
  return (
    <figure className="flex w-full max-w-md flex-col gap-1">
      <div
        role="img"
        aria-label={`${label}: ${score.toFixed(1)} out of 10, ${category}`}
        className="flex flex-col gap-1"
      >
        <div className="relative h-4 text-xs font-medium text-muted">
          {BANDS.map((b) => (
            <span
              key={b.name}
              className="absolute top-0 text-center"
              style={{ left: at(b.from), width: `${(b.to - b.from) * 10}%` }}
            >
              {b.name}
            </span>
          ))}
        </div>
        <div className="relative">
          <div className="flex h-3 gap-0.5 overflow-hidden rounded-full">
            {BANDS.map((b) => (
              <span key={b.name} className={b.fill} style={{ width: `${(b.to - b.from) * 10}%` }} />
            ))}
          </div>
          <span
            className="absolute -top-1.5 h-6 w-1.5 -translate-x-1/2 rounded-full bg-fg ring-2 ring-surface"
            style={{ left: at(score) }}
          />
        </div>
        <div className="relative h-4 text-xs text-muted tabular-nums">
          {[0, 4, 7, 10].map((t) => (
            <span
              key={t}
              className={`absolute top-0 ${t === 0 ? "" : t === 10 ? "-translate-x-full" : "-translate-x-1/2"}`}
              style={{ left: at(t) }}
            >
              {t}
            </span>
          ))}
        </div>
      </div>
      {caption && (
        <figcaption className="text-sm text-muted">
          Low below 4 · moderate 4 to 6.9 · high 7 and above
        </figcaption>
      )}
    </figure>
  );
}
