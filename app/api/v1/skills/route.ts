import { NextResponse } from "next/server";
import { z } from "zod";
import { apiError, limited } from "@/lib/api";
import { catalog } from "@/lib/catalog";
import { searchSkills } from "@/lib/catalog/skill-search";

const query = z.object({
  q: z
    .string()
    .trim()
    .min(1, "Give a search term in q, e.g. ?q=k8s")
    .max(100, "q is limited to 100 characters"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export async function GET(request: Request) {
  return limited(request, "read", () => {
    const url = new URL(request.url);
    const parsed = query.safeParse({
      q: url.searchParams.get("q") ?? "",
      limit: url.searchParams.get("limit") ?? undefined,
    });
    if (!parsed.success) return apiError(400, parsed.error.issues[0].message);
    return NextResponse.json({ skills: searchSkills(catalog.skills, parsed.data.q, parsed.data.limit) });
  });
}
