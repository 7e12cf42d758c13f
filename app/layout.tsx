import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SkillShift — your skills, task by task, in the age of AI", template: "%s · SkillShift" },
  description:
    "See which tasks of your role AI is taking over and which stay human, how your skills cover them, what to learn next and which keywords belong on your resume.",
  metadataBase: new URL(process.env.AUTH_URL ?? "http://localhost:3000"),
  applicationName: "SkillShift",
  openGraph: { siteName: "SkillShift", type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111a2e" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="btn btn-primary sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to content
        </a>
        <SiteHeader />
        {/* tabIndex lets the skip link move keyboard focus here, not only the scroll position. */}
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-border bg-surface">
          <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
            <p>SkillShift · task-level AI exposure from published research and our own analysis</p>
            <nav aria-label="Footer">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                <li>
                  <Link href="/roles">Role reports</Link>
                </li>
                <li>
                  <Link href="/about/data">About the data</Link>
                </li>
                <li>
                  <a href="/api/v1/openapi.json">Public API</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
