import { cva, type VariantProps } from "class-variance-authority";
import type { ReactNode } from "react";
import { AlertIcon, CheckIcon, InfoIcon } from "./icons";

const alertVariants = cva("flex gap-2 rounded-lg border px-3 py-2.5 text-sm", {
  variants: {
    tone: {
      info: "border-brand/40 bg-brand/10 text-fg",
      success: "border-success/50 bg-success/10 text-fg",
      warning: "border-warning/50 bg-warning/10 text-fg",
      danger: "border-danger/50 bg-danger/10 text-danger",
    },
  },
  defaultVariants: { tone: "info" },
});

type AlertTone = NonNullable<VariantProps<typeof alertVariants>["tone"]>;
const ICON: Record<AlertTone, ReactNode> = {
  info: <InfoIcon className="mt-0.5 size-4 shrink-0 text-brand" />,
  success: <CheckIcon className="mt-0.5 size-4 shrink-0 text-success" />,
  warning: <AlertIcon className="mt-0.5 size-4 shrink-0 text-warning" />,
  danger: <AlertIcon className="mt-0.5 size-4 shrink-0" />,
};

/**
 * A message box with an icon and words. `role="alert"` for errors that need attention now;
 * leave it out for notes that are part of the page.
 */
export function Alert({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status";
}) {
  return (
    <div role={role} className={alertVariants({ tone })}>
      {ICON[tone]}
      <div className="flex flex-col gap-0.5">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={title ? "" : "font-medium"}>{children}</div>}
      </div>
    </div>
  );
}
