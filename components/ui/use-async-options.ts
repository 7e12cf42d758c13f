"use client";

import { useEffect, useState } from "react";
import type { ComboOption } from "./combobox";

/**
 * Options for a Combobox from an async source, e.g. a server search over tens of thousands of
 * entries: `load(query, signal)` runs `delayMs` after the last keystroke, the previous request is
 * aborted, and the previous options stay shown until the new ones arrive (a failed request keeps
 * them too). An empty query has no options and loads nothing.
 *
 *   const { options, loading } = useAsyncOptions(query, (q, signal) => searchTitles(q, signal));
 *   <Combobox options={options} loading={loading} query={query} onQueryChange={setQuery} … />
 */
export function useAsyncOptions(
  query: string,
  load: (query: string, signal: AbortSignal) => Promise<ComboOption[]>,
  delayMs = 150,
) {
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const found = await load(q, controller.signal);
        if (!controller.signal.aborted) setOptions(found);
      } catch {
        // Aborted by the next keystroke, or offline: keep the previous options.
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, delayMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // `load` is usually an inline function: the query is what starts a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, delayMs]);
  return { options: query.trim() ? options : [], loading };
}
