import { NextResponse } from "next/server";
import { limited } from "@/lib/api";
import { allRoleSummaries } from "@/lib/catalog/role-report";

export async function GET(request: Request) {
  return limited(request, "read", () =>
    NextResponse.json({
      roles: allRoleSummaries().map(({ slug, title, industry, socCode, riskScore, riskCategory }) => ({ slug, title, industry, socCode, riskScore, riskCategory })),
    }),
  );
}
