"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { signOutAction } from "./sign-out-action";

const SIGNED_IN_LINKS = [
  ["/dashboard", "Dashboard"],
  ["/profile", "Profile"],
  ["/resume", "Resume"],
  ["/progress", "Progress"],
  ["/settings", "Settings"],
] as const;

type State = { status: "loading" } | { status: "signed-out" } | { status: "signed-in"; name: string };

/**
 * Reads the session in the browser so that public pages stay static and cacheable; re-read after
 * every navigation, which is how sign-in and sign-out (both redirects) reach it.
 */
export function UserMenu() {
  const pathname = usePathname();
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "loading" });
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => setState(s?.user?.name ? { status: "signed-in", name: s.user.name } : { status: "signed-out" }))
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);

  if (state.status === "loading") return <span className="inline-block h-9 w-40" aria-hidden="true" />;
  if (state.status === "signed-out") {
    return (
      <>
        <Link href="/login" className="btn btn-ghost">
          Sign in
        </Link>
        <Link href="/signup" className="btn btn-primary">
          Sign up
        </Link>
      </>
    );
  }
  const signOut = () =>
    startTransition(async () => {
      await signOutAction();
      setState({ status: "signed-out" });
      router.push("/");
      router.refresh();
    });
  return (
    <>
      {SIGNED_IN_LINKS.map(([href, label]) => (
        <Link key={href} href={href} className="btn btn-ghost">
          {label}
        </Link>
      ))}
      <span className="px-2 text-muted" aria-label={`Signed in as ${state.name}`}>
        {state.name}
      </span>
      <button type="button" className="btn btn-secondary" onClick={signOut} disabled={pending}>
        Sign out
      </button>
    </>
  );
}
