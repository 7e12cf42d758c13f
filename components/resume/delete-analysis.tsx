"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { deleteResumeAnalysis } from "@/lib/resume-analysis/actions";
import { Button } from "@/components/ui/button";

export function DeleteAnalysis({ id, label, then }: { id: string; label: string; then?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      className="text-danger"
      pending={pending}
      aria-label={label}
      onClick={() =>
        startTransition(async () => {
          if (!window.confirm("Delete this analysis? This cannot be undone.")) return;
          const result = await deleteResumeAnalysis({ id });
          if (!result.ok) return;
          if (then) router.push(then);
          else router.refresh();
        })
      }
    >
      Delete
    </Button>
  );
}
