import type { ButtonHTMLAttributes, MouseEvent } from "react";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "primary" | "secondary" | "ghost" | "danger";
  size?: "sm" | "md" | "lg";
  /** Shows a spinner, sets aria-busy and blocks a second submit; the label stays readable. */
  pending?: boolean;
}

/**
 * While pending the button stays focusable (aria-disabled, not disabled): a focused button that
 * becomes disabled drops keyboard focus to the top of the page.
 */
export function Button({ variant = "primary", size = "md", pending, disabled, children, className = "", type = "button", onClick, ...rest }: ButtonProps) {
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
      className={`btn btn-${variant} ${size === "md" ? "" : `btn-${size}`} ${className}`}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
