import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api";
import { handlers } from "@/lib/auth";
import { keepingSessionsOverOutages } from "@/lib/availability/route";
import { CROSS_SITE_MESSAGE, isSameOrigin } from "@/lib/same-origin";

export const GET = keepingSessionsOverOutages(handlers.GET);

const postHandler = keepingSessionsOverOutages(handlers.POST);

/** next-auth's own endpoints (sign-out, credentials callback), same-origin only on top of its CSRF token. */
export function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return apiError(403, CROSS_SITE_MESSAGE);
  return postHandler(request);
}
