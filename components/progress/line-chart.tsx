import type { CSSProperties } from "react";

export interface Series {
  label: string;
  /** Tailwind stroke class, e.g. "stroke-brand". */
  stroke: string;
  dash?: string;
  points: { day: string; value: number | null }[];
}

/** A flagged day on the x-axis, such as a goal completed. */
export interface Marker {
  day: string;
  label: string;
}

// Plot coordinates run 0–100 both ways; the SVG stretches to its box (preserveAspectRatio="none")
// while strokes keep their width, and the axis labels are HTML so they stay legible on a phone.
const INSET = 3;

/**
 * Lines over calendar days on a fixed y-range. Purely presentational: the caller gives the text
 * alternative (a table), and the picture carries a one-sentence summary for screen readers. The
 * series differ by dash pattern as well as colour, and the legend names each one.
 */
export function LineChart({
  series,
  yMax,
  yTicks,
  format,
  summary,
  markers = [],
}: {
  series: Series[];
  yMax: number;
  yTicks: number[];
  format: (v: number) => string;
  summary: string;
  markers?: Marker[];
}) {
  const days = [
    ...new Set([...series.flatMap((s) => s.points.map((p) => p.day)), ...markers.map((m) => m.day)]),
  ].sort();
  const t = (day: string) => new Date(`${day}T00:00:00Z`).getTime();
  const [first, last] = [t(days[0] ?? "2000-01-01"), t(days.at(-1) ?? "2000-01-01")];
  const x = (day: string) =>
    last === first ? 50 : INSET + ((t(day) - first) / (last - first)) * (100 - 2 * INSET);
  const y = (v: number) => (1 - v / yMax) * 100;
  // First, last, and a middle day only where it sits clear of both ends (labels would overlap on phones).
  const middle = days[Math.floor(days.length / 2)];
  const clear = days.length > 2 && x(middle) > 30 && x(middle) < 70;
  const labelDays =
    days.length <= 2 ? days : clear ? [days[0], middle, days.at(-1)!] : [days[0], days.at(-1)!];
  return (
    <figure className="flex flex-col gap-3">
      <div className="relative mr-2 mb-6 ml-12 h-44 sm:h-56">
        <svg
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          className="absolute inset-0 size-full overflow-visible"
          role="img"
          aria-label={summary}
        >
          {yTicks.map((v) => (
            <line
              key={v}
              x1={0}
              x2={100}
              y1={y(v)}
              y2={y(v)}
              className="stroke-border"
              strokeWidth={1}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {markers.map((m) => (
            <g key={`${m.day}-${m.label}`} className="marker">
              <title>{m.label}</title>
              <line
                x1={x(m.day)}
                x2={x(m.day)}
                y1={0}
                y2={100}
                className="stroke-warning"
                strokeWidth={1.5}
                strokeDasharray="3 3"
                vectorEffect="non-scaling-stroke"
              />
            </g>
          ))}
          {series.map((s) => {
            const pts = s.points.filter((p): p is { day: string; value: number } => p.value !== null);
            return (
              <g key={s.label} className={s.stroke}>
                <polyline
                  points={pts.map((p) => `${x(p.day)},${y(p.value)}`).join(" ")}
                  fill="none"
                  strokeWidth={2.5}
                  strokeDasharray={s.dash}
                  strokeLinejoin="round"
                  vectorEffect="non-scaling-stroke"
                />
                {/* Zero-length lines with round caps: dots that stay round however the box stretches. */}
                {pts.map((p) => (
                  <line
                    key={p.day}
                    x1={x(p.day)}
                    x2={x(p.day)}
                    y1={y(p.value)}
                    y2={y(p.value)}
                    strokeWidth={9}
                    strokeLinecap="round"
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
              </g>
            );
          })}
        </svg>
        <div aria-hidden="true" className="text-xs text-muted tabular-nums">
          {markers.map((m) => (
            <MarkerFlag
              key={`${m.day}-${m.label}`}
              className="absolute -top-2 -translate-x-1/2"
              style={{ left: `${x(m.day)}%` }}
            />
          ))}
          {yTicks.map((v) => (
            <span
              key={v}
              className="absolute -left-2 -translate-x-full -translate-y-1/2"
              style={{ top: `${y(v)}%` }}
            >
              {format(v)}
            </span>
          ))}
          {labelDays.map((d, i) => (
            <span
              key={d}
              className={`absolute top-full mt-1.5 whitespace-nowrap ${labelDays.length > 1 && i === 0 ? "" : i === labelDays.length - 1 && i > 0 ? "-translate-x-full" : "-translate-x-1/2"}`}
              style={{ left: `${x(d)}%` }}
            >
              {d}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        {markers.length > 0 && (
          <span className="flex items-center gap-2">
            <MarkerFlag />
            Goal completed
          </span>
        )}
        {series.map((s) => (
          <span key={s.label} className="flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="4"
                y2="4"
                strokeWidth={3}
                strokeDasharray={s.dash}
                className={s.stroke}
              />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function MarkerFlag({ className, style }: { className?: string; style?: CSSProperties }) {
  return (
    <svg width="14" height="12" aria-hidden="true" className={className} style={style}>
      <path d="M 1 1 h 12 l -6 9 z" className="fill-warning" />
    </svg>
  );
}
