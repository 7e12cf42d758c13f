"use client";

import { useEffect, useState } from "react";
import type { ComboOption } from "@/components/ui/combobox";

interface SkillHit {
  slug: string;
  name: string;
  category: string;
  matchedAlias?: string;
}

/** Catalog skills matching what is typed, from the public skills API, debounced. */
export function useSkillSearch(query: string) {
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const res = await fetch(`/api/v1/skills?q=${encodeURIComponent(q)}&limit=10`, { signal: controller.signal });
        const body: { skills?: SkillHit[] } = res.ok ? await res.json() : {};
        setOptions((body.skills ?? []).map((s) => ({ value: s.slug, label: s.name, hint: s.matchedAlias ? `matches “${s.matchedAlias}”` : s.category })));
      } catch {
        // Aborted by the next keystroke, or offline: keep the previous options.
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, 150);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query]);
  return { options: query.trim() ? options : [], loading };
}
