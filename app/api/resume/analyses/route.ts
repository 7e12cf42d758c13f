import { apiError } from "@/lib/api";
import { currentUser } from "@/lib/auth/current-user";
import { answeringOutages } from "@/lib/availability/route";
import { handleResumeUpload } from "@/lib/resume-analysis/upload";
import { CROSS_SITE_MESSAGE, isSameOrigin } from "@/lib/same-origin";

/**
 * Multipart upload (a route handler, so the browser can show upload progress). Signed-in users
 * only, same-origin only; the rest is lib/resume-analysis/upload.ts.
 */
export const POST = answeringOutages(async (request: Request) => {
  if (!isSameOrigin(request)) return apiError(403, CROSS_SITE_MESSAGE);
  const user = await currentUser();
  if (!user) return apiError(401, "Your session has ended. Sign in again.");
  return handleResumeUpload(request, user.id);
});
