"use client";

import { useAsyncOptions } from "@/components/ui/use-async-options";

interface SkillHit {
  slug: string;
  name: string;
  category: string;
  matchedAlias?: string;
}

/** Catalog skills matching what is typed, from the public skills API, debounced. */
export function useSkillSearch(query: string) {
  return useAsyncOptions(query, async (q, signal) => {
    const res = await fetch(`/api/v1/skills?q=${encodeURIComponent(q)}&limit=10`, { signal });
    const body: { skills?: SkillHit[] } = res.ok ? await res.json() : {};
    return (body.skills ?? []).map((s) => ({
      value: s.slug,
      label: s.name,
      hint: s.matchedAlias ? `matches “${s.matchedAlias}”` : s.category,
    }));
  });
}
