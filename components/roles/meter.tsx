import { cx } from "@/lib/cn";

/** A labelled 0–100 % bar; the number is printed beside it unless the caller prints it already. */
export function Meter({
  value,
  label,
  tone = "brand",
  showValue = true,
  wide = false,
}: {
  value: number;
  label: string;
  tone?: "brand" | "danger" | "success";
  showValue?: boolean;
  wide?: boolean;
}) {
  const pct = Math.round(value * 100);
  const fill = { brand: "bg-brand", danger: "bg-danger", success: "bg-success" }[tone];
  return (
    <div className={cx("flex items-center gap-2", wide && "w-full max-w-sm")}>
      <div
        className={cx("meter", wide ? "h-2.5 w-full" : "h-2 w-24")}
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%`}
        aria-label={label}
      >
        <div className={cx("h-full rounded-full", fill)} style={{ width: `${pct}%` }} />
      </div>
      {showValue && <span className="text-sm tabular-nums">{pct}%</span>}
    </div>
  );
}
