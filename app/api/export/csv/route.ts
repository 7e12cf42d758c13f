import { apiError } from "@/lib/api";
import { audit } from "@/lib/audit";
import { currentUser } from "@/lib/auth/current-user";
import { answeringOutages } from "@/lib/availability/route";
import { downloadHeaders } from "@/lib/settings/download";
import { exportCsv } from "@/lib/settings/export";

export const dynamic = "force-dynamic";

/** "Download skills and history": the signed-in user's skills and skill events as one CSV file. */
export const GET = answeringOutages(async () => {
  const user = await currentUser();
  if (!user) return apiError(401, "Your session has ended. Sign in again.", { "Cache-Control": "no-store" });
  await audit("export", user.id);
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return new Response("\uFEFF" + (await exportCsv(user.id)), {
    headers: downloadHeaders("text/csv; charset=utf-8", "csv"),
  });
});
