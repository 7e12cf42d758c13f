import { NextResponse } from "next/server";
import { apiError, limited } from "@/lib/api";
import { roleReport } from "@/lib/catalog/role-report";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return limited(request, "read", () => {
    const report = roleReport(slug);
    return report ? NextResponse.json({ role: report }) : apiError(404, `No role with slug "${slug}".`);
  });
}
