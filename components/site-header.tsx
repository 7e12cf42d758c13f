import Link from "next/link";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="relative z-40 border-b border-border bg-surface">
      <div className="mx-auto flex min-h-16 max-w-6xl items-center justify-between gap-3 px-4">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-fg no-underline hover:no-underline"
        >
          <Logo />
          <span>
            Skill<span className="text-brand">Shift</span>
          </span>
        </Link>
        <UserMenu />
      </div>
    </header>
  );
}

/** Two offset bars: a role shifting. Decorative; the name follows it. */
function Logo() {
  return (
    <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-brand" />
      <rect x="7" y="9" width="13" height="4" rx="2" className="fill-brand-fg" />
      <rect x="12" y="19" width="13" height="4" rx="2" className="fill-brand-fg" />
    </svg>
  );
}
