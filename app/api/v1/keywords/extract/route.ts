import { NextResponse } from "next/server";
import { z } from "zod";
import { apiError, limited } from "@/lib/api";
import { getExtractor } from "@/lib/keywords";

const extractRequestSchema = z.object({
  text: z
    .string({ error: 'Send JSON like {"text": "..."}.' })
    .max(100_000, "text is limited to 100,000 characters."),
});

/** Public: catalog skills found in a text, with the UTF-16 offsets of every match. */
export async function POST(request: Request) {
  return limited(request, "extract", async () => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return apiError(400, 'The body must be JSON like {"text": "..."}.');
    }
    const parsed = extractRequestSchema.safeParse(body);
    if (!parsed.success) return apiError(400, parsed.error.issues[0].message);
    return NextResponse.json({ skills: getExtractor().extract(parsed.data.text) });
  });
}
