import "server-only";
import { NextResponse } from "next/server";
import { apiError, tooManyRequests } from "@/lib/api";
import { withoutControlChars } from "@/lib/plain-text";
import { hit } from "@/lib/rate-limit";
import { readPastedResume, readResumeFile } from "@/lib/resume/read-resume-file";
import { resumeFormSchema } from "@/lib/resume-analysis/form-schema";
import { analyzeAndSave } from "./service";

/**
 * The resume upload for an authenticated user (the route checks origin and session first):
 * rate-limited, and bad input gets a clear 4xx and stores nothing.
 */
export async function handleResumeUpload(request: Request, userId: string): Promise<Response> {
  const limit = await hit(`resume:${userId}`, 20, 600);
  if (!limit.allowed)
    return tooManyRequests(
      "You have analysed many resumes in a short time. Try again in a few minutes.",
      limit.retryAfterSeconds,
    );

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return apiError(400, "The upload did not arrive complete. Try again.");
  }
  const fields = resumeFormSchema.safeParse({
    text: form.get("text") ?? "",
    jobDescription: form.get("jobDescription") ?? "",
    keepCopy: form.get("keepCopy"),
  });
  if (!fields.success)
    return NextResponse.json(
      { error: fields.error.issues[0].message, field: fields.error.issues[0].path.join(".") },
      { status: 400 },
    );

  const file = form.get("file");
  const hasFile = file instanceof File && file.size > 0;
  if (hasFile && fields.data.text.trim())
    return NextResponse.json(
      { error: "Upload a file or paste text, not both.", field: "text" },
      { status: 400 },
    );
  const read = hasFile
    ? await readResumeFile({
        name: file.name,
        type: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })
    : await readPastedResume(fields.data.text);
  if (!read.ok) {
    // Busy is the server's state, not the file's: the same file will do in a few seconds.
    const busy = read.code === "busy";
    return NextResponse.json(
      { error: read.message, field: hasFile ? "file" : "text", code: read.code },
      { status: busy ? 503 : 400, headers: busy ? { "Retry-After": "5" } : undefined },
    );
  }

  const result = await analyzeAndSave(userId, {
    text: read.text,
    jobDescription: fields.data.jobDescription,
    keepCopy: fields.data.keepCopy,
    source: hasFile ? read.kind : "paste",
    // Shown back to the user; control characters (NUL could not even be stored) are dropped.
    fileName: hasFile ? withoutControlChars(file.name).slice(0, 200) : null,
  });
  return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
}
