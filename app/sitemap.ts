import type { MetadataRoute } from "next";
import { allRoleSummaries } from "@/lib/catalog/role-report";

const base = process.env.AUTH_URL ?? "http://localhost:3000";

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: `${base}/`, changeFrequency: "monthly", priority: 1 },
    { url: `${base}/roles`, changeFrequency: "weekly", priority: 0.9 },
    ...allRoleSummaries().map((r) => ({
      url: `${base}/roles/${r.slug}`,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
