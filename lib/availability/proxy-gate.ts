import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "./database-health";
import { unavailableJson, unavailablePage } from "./responses";

const isApi = (request: NextRequest) => request.nextUrl.pathname.startsWith("/api/");
const isServerAction = (request: NextRequest) =>
  request.method === "POST" && request.headers.has("next-action");

const unavailable = (request: NextRequest) =>
  isApi(request) ? unavailableJson() : unavailablePage(request.nextUrl);

/**
 * First thing in the proxy for paths that need the database: while it is known to be unreachable,
 * pages get the 503 page and the API a JSON 503. A server action is let through without the
 * session check (which would fail, and Auth.js clears the session cookie when it does): the action
 * answers `{ ok: false, error }` itself, which its form shows.
 */
export async function databaseGate(request: NextRequest): Promise<Response | undefined> {
  if (await databaseReachable()) return undefined;
  return isServerAction(request) ? NextResponse.next() : unavailable(request);
}
