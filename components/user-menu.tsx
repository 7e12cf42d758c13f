"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { cx } from "@/lib/cn";
import { Button } from "./ui/button";
import { CloseIcon, MenuIcon } from "./ui/icons";
import { signOutAction } from "@/lib/auth/actions";

const PUBLIC_LINKS = [["/roles", "Roles"]] as const;
const SIGNED_IN_LINKS = [
  ["/dashboard", "Dashboard"],
  ["/profile", "Profile"],
  ["/resume", "Resume"],
  ["/progress", "Progress"],
  ["/settings", "Settings"],
] as const;

type State = { status: "loading" } | { status: "signed-out" } | { status: "signed-in"; name: string };

const linkClass =
  "btn btn-ghost w-full justify-start aria-[current=page]:bg-brand/10 aria-[current=page]:text-brand lg:w-auto";

/**
 * The header's navigation. Reads the session in the browser so that public pages stay static and
 * cacheable; re-read after every navigation, which is how sign-in and sign-out (both redirects)
 * reach it. Below the lg breakpoint the links fold into a disclosure ("Menu") that closes on
 * Escape, on a click elsewhere and on navigation.
 */
export function UserMenu() {
  const pathname = usePathname();
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "loading" });
  const [pending, startTransition] = useTransition();
  // Open "on" a path: navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) =>
        setState(s?.user?.name ? { status: "signed-in", name: s.user.name } : { status: "signed-out" }),
      )
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenOn(null);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!nav.current?.contains(e.target as Node)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const close = () => setOpenOn(null);
  const signOut = () =>
    startTransition(async () => {
      await signOutAction();
      setState({ status: "signed-out" });
      close();
      router.push("/");
      router.refresh();
    });
  const links = state.status === "signed-in" ? [...PUBLIC_LINKS, ...SIGNED_IN_LINKS] : PUBLIC_LINKS;
  const current = (href: string) => pathname === href || pathname.startsWith(`${href}/`);

  return (
    <nav ref={nav} aria-label="Main" data-session={state.status} className="flex items-center">
      <button
        ref={toggle}
        type="button"
        className="btn btn-ghost lg:hidden"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {open ? <CloseIcon className="size-5" /> : <MenuIcon className="size-5" />}
        Menu
      </button>
      <div
        id="site-menu"
        className={cx(
          open ? "flex" : "hidden",
          "absolute inset-x-0 top-full flex-col gap-3 border-b border-border bg-surface px-4 pt-2 pb-4 shadow-lg lg:static lg:flex lg:flex-row lg:items-center lg:gap-2 lg:border-0 lg:p-0 lg:shadow-none",
        )}
      >
        <ul className="flex flex-col gap-1 lg:flex-row lg:items-center">
          {links.map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className={linkClass}
                aria-current={current(href) ? "page" : undefined}
                onClick={close}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
        {state.status === "loading" && (
          <span className="hidden h-10 w-40 lg:inline-block" aria-hidden="true" />
        )}
        {state.status === "signed-out" && (
          <div className="flex gap-2 border-t border-border pt-3 lg:border-0 lg:pt-0">
            <Link href="/login" className="btn btn-secondary flex-1 lg:flex-none" onClick={close}>
              Sign in
            </Link>
            <Link href="/signup" className="btn btn-primary flex-1 lg:flex-none" onClick={close}>
              Sign up
            </Link>
          </div>
        )}
        {state.status === "signed-in" && (
          <div
            role="group"
            aria-label={`Signed in as ${state.name}`}
            className="flex items-center justify-between gap-3 border-t border-border pt-3 lg:border-0 lg:pt-0 lg:pl-2"
          >
            <span className="max-w-48 truncate text-sm text-muted">{state.name}</span>
            <Button variant="secondary" onClick={signOut} pending={pending}>
              Sign out
            </Button>
          </div>
        )}
      </div>
    </nav>
  );
}
