import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api";
import { handlers } from "@/lib/auth";
import { CROSS_SITE_MESSAGE, isSameOrigin } from "@/lib/same-origin";

export const { GET } = handlers;

/** next-auth's own endpoints (sign-out, credentials callback), same-origin only on top of its CSRF token. */
export function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return apiError(403, CROSS_SITE_MESSAGE);
  return handlers.POST(request);
}
