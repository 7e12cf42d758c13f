import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes, MouseEvent } from "react";

/**
 * The button look, for `<button>` and for links that look like buttons:
 * `<Link className={buttonVariants({ variant: "secondary" })}>`. The classes are the component
 * classes of app/globals.css (`btn`, `btn-primary`…), so the HTML stays short.
 */
export const buttonVariants = cva("btn", {
  variants: {
    variant: { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost", danger: "btn-danger" },
    size: { sm: "btn-sm", md: "", lg: "btn-lg" },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, VariantProps<typeof buttonVariants> {
  /** Shows a spinner, sets aria-busy and blocks a second submit; the label stays readable. */
  pending?: boolean;
}

/**
 * While pending the button stays focusable (aria-disabled, not disabled): a focused button that
 * becomes disabled drops keyboard focus to the top of the page.
 */
export function Button({
  variant,
  size,
  pending,
  disabled,
  children,
  className,
  type = "button",
  onClick,
  ...rest
}: ButtonProps) {
  const click = (e: MouseEvent<HTMLButtonElement>) => {
    if (pending) return e.preventDefault();
    onClick?.(e);
  };
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={click}
      className={buttonVariants({ variant, size, className })}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
