import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui/toast";

// Personal pages: never in search results (robots.txt keeps crawlers out as well).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AppLayout({ children }: { children: ReactNode }) {
  return (
    <ToastProvider>
      <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:py-10">{children}</div>
    </ToastProvider>
  );
}
