import { apiError } from "@/lib/api";
import { audit } from "@/lib/audit";
import { currentUser } from "@/lib/auth/current-user";
import { answeringOutages } from "@/lib/availability/route";
import { downloadHeaders } from "@/lib/settings/download";
import { exportData } from "@/lib/settings/export";

export const dynamic = "force-dynamic";

/** "Download everything": the signed-in user's own data as JSON. Reads only, so GET. */
export const GET = answeringOutages(async () => {
  const user = await currentUser();
  if (!user) return apiError(401, "Your session has ended. Sign in again.", { "Cache-Control": "no-store" });
  await audit("export", user.id);
  const data = await exportData(user.id);
  if (!data) return apiError(401, "Your session has ended. Sign in again.", { "Cache-Control": "no-store" });
  return new Response(JSON.stringify(data, null, 2), {
    headers: downloadHeaders("application/json; charset=utf-8", "json"),
  });
});
