"use client";

import { GeistSans } from "geist/font/sans";
import { ErrorPanel } from "@/components/errors/error-panel";
import "./globals.css";

/** Replaces the root layout when it fails itself, so it brings its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-dvh font-sans">
        <title>Something went wrong · SkillShift</title>
        <main>
          <ErrorPanel error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
