"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * What an error boundary shows: what happened in plain words, a way to try again and a way out.
 * Focus moves to the heading so keyboard and screen-reader users learn the page changed.
 */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16 sm:py-24">
      <p className="text-sm font-semibold text-danger">Something went wrong</p>
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold tracking-tight focus:outline-none">
        This page could not be shown
      </h1>
      <p className="text-muted">
        It is our fault, not yours, and nothing you entered was lost. Trying again usually works; if it keeps
        happening, come back in a few minutes.
      </p>
      {digest && <p className="text-sm text-muted">Reference for support: {digest}</p>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={retry}>Try again</Button>
        <Link href="/" className="btn btn-secondary">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
