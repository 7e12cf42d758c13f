"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

// The file check (zod and the import schema) loads when first wanted, not with the settings page.
const loadCheck = () => import("@/lib/settings/import-schema");
// An early load that fails (offline) is simply tried again by the submit.
const preload = () => void loadCheck().catch(() => {});

type Counts = {
  skillsAdded: number;
  skillsRaised: number;
  goals: number;
  skillEvents: number;
  snapshots: number;
  resumeAnalyses: number;
};

const summary = (c: Counts) =>
  `Imported: ${c.skillsAdded} skills added, ${c.skillsRaised} raised, ${c.goals} goals, ${c.skillEvents} history events, ` +
  `${c.snapshots} daily snapshots and ${c.resumeAnalyses} resume analyses. Anything you already had was kept once.`;

/** Reads the file in the browser, checks it with the server's own schema, then sends it. */
export function ImportForm() {
  const id = useId();
  const router = useRouter();
  // Read at submit, not on change: a file chosen before the page hydrated fires no React change event.
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError("");
    setDone("");
    const file = input.current?.files?.[0];
    if (!file) return setError("Choose the .json file from “Download everything”.");
    // Without the check (it could not load) the server still refuses a wrong file, with the same schema.
    const check = await loadCheck().catch(() => undefined);
    if (check && file.size > check.MAX_IMPORT_BYTES)
      return setError("That file is larger than 10 MB, which no export of ours reaches.");
    const body = await file.text();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return setError("That file is not JSON. Choose the .json file from “Download everything”.");
    }
    const parsed = check?.importSchema.safeParse(json);
    if (check && parsed && !parsed.success)
      return setError(`Nothing was imported: ${check.describeImportError(parsed.error)}`);
    setPending(true);
    try {
      const response = await fetch("/api/import", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      const result = await response
        .json()
        .catch(() => ({ error: "The server did not answer. Nothing was imported; try again." }));
      if (!response.ok) return setError(result.error ?? "Nothing was imported. Try again.");
      setDone(summary(result));
      router.refresh();
    } catch {
      setError("The connection dropped. Nothing was imported; try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      onFocus={preload}
      onPointerEnter={preload}
      noValidate
      className="flex flex-col gap-3"
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-file`} className="text-sm font-medium">
          Exported JSON file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          ref={input}
        />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Import
        </Button>
      </div>
      <p role="status" className="text-sm font-medium">
        {done}
      </p>
    </form>
  );
}
