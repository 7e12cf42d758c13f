import { NextResponse } from "next/server";
import { apiError, tooManyRequests } from "@/lib/api";
import { audit } from "@/lib/audit";
import { answeringOutages } from "@/lib/availability/route";
import { currentUser } from "@/lib/auth/current-user";
import { withClock } from "@/lib/clock";
import { hit, take } from "@/lib/rate-limit";
import { requestTime } from "@/lib/request-clock";
import { CROSS_SITE_MESSAGE, isSameOrigin } from "@/lib/same-origin";
import {
  IMPORT_QUOTA,
  ImportRefusedError,
  importData,
  importRowCount,
  rowQuotaMessage,
} from "@/lib/settings/import";
import { describeImportError, importSchema, MAX_IMPORT_BYTES } from "@/lib/settings/import-schema";

/**
 * "Import a profile": the JSON file from "Download everything", merged into the signed-in account
 * in one transaction. A route handler because it carries a file of up to 10 MB.
 */
export const POST = answeringOutages(async (request: Request) => {
  if (!isSameOrigin(request)) return apiError(403, CROSS_SITE_MESSAGE);
  const user = await currentUser();
  if (!user) return apiError(401, "Your session has ended. Sign in again.");
  const limit = await hit(`import:${user.id}`, 10, 600);
  if (!limit.allowed)
    return tooManyRequests(
      "You have imported several files in a short time. Try again in a few minutes.",
      limit.retryAfterSeconds,
    );
  const files = await hit(`import-files-day:${user.id}`, IMPORT_QUOTA.filesPerDay, 86_400);
  if (!files.allowed)
    return tooManyRequests(
      `An account can import ${IMPORT_QUOTA.filesPerDay} files a day. Try again tomorrow.`,
      files.retryAfterSeconds,
    );
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES)
    return apiError(413, "That file is larger than 10 MB, which no export of ours reaches.");

  let json: unknown;
  try {
    const body = await request.text();
    if (body.length > MAX_IMPORT_BYTES)
      return apiError(413, "That file is larger than 10 MB, which no export of ours reaches.");
    json = JSON.parse(body);
  } catch {
    return apiError(400, "That file is not JSON. Choose the .json file from “Download everything”.");
  }
  const parsed = importSchema.safeParse(json);
  if (!parsed.success) return apiError(400, `Nothing was imported: ${describeImportError(parsed.error)}`);
  const rows = importRowCount(parsed.data);
  const quota = await take(`import-rows-day:${user.id}`, rows, IMPORT_QUOTA.rowsPerDay, 86_400);
  if (!quota.allowed) return tooManyRequests(rowQuotaMessage(rows), quota.retryAfterSeconds);
  try {
    const counts = await withClock(await requestTime(), () => importData(user.id, parsed.data));
    await audit("import", user.id);
    return NextResponse.json(counts, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ImportRefusedError) return apiError(409, error.message);
    throw error;
  }
});
