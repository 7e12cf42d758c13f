import "server-only";
import { NextResponse } from "next/server";
import { answeringOutages } from "@/lib/availability/route";
import { clientAddress, hit } from "@/lib/rate-limit";

export const API_LIMIT_PER_MINUTE = 120;

/** JSON error in one shape for the whole public API. */
export function apiError(status: number, message: string, headers?: HeadersInit) {
  return NextResponse.json({ error: message }, { status, headers });
}

/** 429 with the Retry-After the rate limit gave. */
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  apiError(429, message, { "Retry-After": String(retryAfterSeconds) });

/**
 * Runs a public API handler under the per-client rate limit (shared by all instances through
 * Postgres); over it, 429 with Retry-After.
 */
export async function limited(
  request: Request,
  bucket: string,
  handler: () => Promise<Response> | Response,
  limit = API_LIMIT_PER_MINUTE,
) {
  // The limit's counter lives in Postgres: without it the API answers 503 rather than 500.
  return answeringOutages(() => limitedBody(request, bucket, handler, limit))();
}

async function limitedBody(
  request: Request,
  bucket: string,
  handler: () => Promise<Response> | Response,
  limit: number,
) {
  const result = await hit(`api:${bucket}:${clientAddress(request.headers)}`, limit, 60);
  if (!result.allowed) {
    return tooManyRequests("Too many requests. Slow down and retry later.", result.retryAfterSeconds);
  }
  const response = await handler();
  response.headers.set("X-RateLimit-Limit", String(limit));
  return response;
}
