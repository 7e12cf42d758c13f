import { apiError } from "@/lib/api";
import { currentUser } from "@/lib/auth/current-user";
import { answeringOutages } from "@/lib/availability/route";
import { handleResumeUpload } from "@/lib/resume-analysis/upload";

/**
 * Multipart upload (a route handler, so the browser can show upload progress). Signed-in users
 * only, same-origin only; the rest is lib/resume-analysis/upload.ts.
 */
export const POST = answeringOutages(async (request: Request) => {
  const origin = request.headers.get("origin");
  if (!origin || origin !== new URL(request.url).origin) return apiError(403, "Cross-site requests are not allowed.");
  const user = await currentUser();
  if (!user) return apiError(401, "Your session has ended. Sign in again.");
  return handleResumeUpload(request, user.id);
});
