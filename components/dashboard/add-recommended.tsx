"use client";

import { useTransition } from "react";
import { raiseProfileSkill } from "@/lib/profile/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

/** One click: the recommended skill or tool goes into the profile at the level the gain assumes. */
export function AddRecommended({
  skillSlug,
  name,
  level,
  verb,
}: {
  skillSlug: string;
  name: string;
  level: number;
  verb: string;
}) {
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <Button
        variant="secondary"
        size="sm"
        className="text-left whitespace-normal"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await raiseProfileSkill({ skillSlug, level });
            if (result.ok) toast(`Added ${name} at level ${level}. Your figures are updated.`);
            else toast(result.error ?? `Could not add ${name}.`, "error");
          })
        }
      >
        {verb} {name} at level {level}
      </Button>
    </div>
  );
}
