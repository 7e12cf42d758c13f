export interface Series {
  label: string;
  /** Tailwind stroke class, e.g. "stroke-brand". */
  stroke: string;
  dash?: string;
  points: { day: string; value: number | null }[];
}

const W = 640;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * Lines over calendar days on a fixed y-range. Purely presentational: the caller gives the text
 * alternative (a table), and the picture carries a one-sentence summary for screen readers.
 */
/** A flagged day on the x-axis, such as a goal completed. */
export interface Marker {
  day: string;
  label: string;
}

export function LineChart({ series, yMax, yTicks, format, summary, markers = [] }: { series: Series[]; yMax: number; yTicks: number[]; format: (v: number) => string; summary: string; markers?: Marker[] }) {
  const days = [...new Set([...series.flatMap((s) => s.points.map((p) => p.day)), ...markers.map((m) => m.day)])].sort();
  const t = (day: string) => new Date(`${day}T00:00:00Z`).getTime();
  const [first, last] = [t(days[0] ?? "2000-01-01"), t(days.at(-1) ?? "2000-01-01")];
  const x = (day: string) => PAD.left + (last === first ? (W - PAD.left - PAD.right) / 2 : ((t(day) - first) / (last - first)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v / yMax) * (H - PAD.top - PAD.bottom);
  const labelDays = days.length <= 2 ? days : [days[0], days[Math.floor(days.length / 2)], days.at(-1)!];
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label={summary}>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="stroke-border" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" className="fill-muted">{format(v)}</text>
          </g>
        ))}
        {labelDays.map((d, i) => (
          <text key={d} x={x(d)} y={H - 8} fontSize={11} textAnchor={labelDays.length > 1 && i === 0 ? "start" : i === labelDays.length - 1 && i > 0 ? "end" : "middle"} className="fill-muted">
            {d}
          </text>
        ))}
        {markers.map((m) => (
          <g key={`${m.day}-${m.label}`} className="marker">
            <title>{m.label}</title>
            <line x1={x(m.day)} x2={x(m.day)} y1={PAD.top} y2={H - PAD.bottom} className="stroke-warning" strokeWidth={1.5} strokeDasharray="3 3" />
            <path d={`M ${x(m.day)} ${PAD.top} l 6 -0 l -6 8 l -6 -8 z`} className="fill-warning" />
          </g>
        ))}
        {series.map((s) => {
          const pts = s.points.filter((p): p is { day: string; value: number } => p.value !== null);
          return (
            <g key={s.label}>
              <polyline points={pts.map((p) => `${x(p.day)},${y(p.value)}`).join(" ")} fill="none" strokeWidth={2.5} strokeDasharray={s.dash} className={s.stroke} />
              {pts.map((p) => (
                <circle key={p.day} cx={x(p.day)} cy={y(p.value)} r={4} className={`fill-surface ${s.stroke}`} strokeWidth={2} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        {markers.length > 0 && (
          <span className="flex items-center gap-2">
            <svg width="14" height="12" aria-hidden="true"><path d="M 1 1 h 12 l -6 9 z" className="fill-warning" /></svg>
            Goal completed
          </span>
        )}
        {series.map((s) => (
          <span key={s.label} className="flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true"><line x1="0" x2="28" y1="4" y2="4" strokeWidth={3} strokeDasharray={s.dash} className={s.stroke} /></svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
