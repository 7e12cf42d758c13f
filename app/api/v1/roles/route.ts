import { NextResponse } from "next/server";
import { apiError, limited } from "@/lib/api";
import { DIRECTORY_MAX_LIMIT, listDirectory } from "@/lib/occupations/directory";
import { SEARCH_MAX_LIMIT, searchRoles } from "@/lib/search/job-titles";

/**
 * `?q=` searches every job title (ranked); without it, every role and occupation, a page at a time
 * (`limit` up to 1,000, `offset`, and a `next` link while more remain).
 */
export async function GET(request: Request) {
  return limited(request, "read", async () => {
    const url = new URL(request.url);
    const q = url.searchParams.get("q");
    const limit = Number(url.searchParams.get("limit") ?? (q === null ? DIRECTORY_MAX_LIMIT : 10));
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const max = q === null ? DIRECTORY_MAX_LIMIT : SEARCH_MAX_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > max)
      return apiError(400, `limit must be a whole number from 1 to ${max}.`);
    if (q !== null) {
      const query = q.trim();
      if (!query || query.length > 100)
        return apiError(400, "Give a search term of 1 to 100 characters in q.");
      const results = await searchRoles(query, { limit });
      return NextResponse.json({
        query,
        results: results.map(({ slug, title, socCode, matchedTitle, hasFullReport }) => ({
          slug,
          title,
          socCode,
          matchedTitle,
          hasFullReport,
        })),
      });
    }
    if (!Number.isInteger(offset) || offset < 0)
      return apiError(400, "offset must be a whole number, 0 or more.");
    const { entries, total } = await listDirectory(offset, limit);
    const nextOffset = offset + entries.length;
    return NextResponse.json({
      roles: entries,
      total,
      next:
        nextOffset < total
          ? `/api/v1/roles?${new URLSearchParams({ limit: String(limit), offset: String(nextOffset) })}`
          : null,
    });
  });
}
