import { cva, type VariantProps } from "class-variance-authority";
import type { ReactNode } from "react";

/** The pill look (`badge` and a tone class from app/globals.css), for a Badge or any other element. */
export const badgeVariants = cva("badge", {
  variants: {
    tone: {
      neutral: "badge-neutral",
      brand: "badge-brand",
      success: "badge-success",
      warning: "badge-warning",
      danger: "badge-danger",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type Tone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

/** A small pill. Its words carry the meaning; the tone only repeats it. */
export function Badge({
  tone,
  icon,
  children,
  className,
}: {
  tone?: Tone;
  icon?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span className={badgeVariants({ tone, className })}>
      {icon}
      {children}
    </span>
  );
}
