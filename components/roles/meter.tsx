/** A labelled 0–100 % bar; the number is always printed beside it. */
export function Meter({ value, label, tone = "brand" }: { value: number; label: string; tone?: "brand" | "danger" | "success" }) {
  const pct = Math.round(value * 100);
  const fill = { brand: "bg-brand", danger: "bg-danger", success: "bg-success" }[tone];
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 w-24 overflow-hidden rounded-full bg-border" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={label}>
        <div className={`h-full ${fill}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="text-sm tabular-nums">{pct}%</span>
    </div>
  );
}
