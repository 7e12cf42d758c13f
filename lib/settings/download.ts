import "server-only";

/** Headers for a personal-data download: never cached by the browser or a proxy, saved as a file. */
export function downloadHeaders(
  contentType: string,
  extension: "json" | "csv",
  now = new Date(),
): HeadersInit {
  return {
    "Content-Type": contentType,
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="skillshift-export-${now.toISOString().slice(0, 10)}.${extension}"`,
    "X-Content-Type-Options": "nosniff",
  };
}
