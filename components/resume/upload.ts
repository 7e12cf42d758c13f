"use client";

import type { ResumeResult } from "@/lib/resume-analysis/service";

export type UploadOutcome = { ok: true; result: ResumeResult } | { ok: false; error: string; field?: string };

/** XMLHttpRequest rather than fetch: it reports upload progress. */
export function postResume(form: FormData, onProgress: (share: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/resume/analyses");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.response ?? {};
      resolve(
        xhr.status === 200
          ? { ok: true, result: body }
          : { ok: false, error: body.error ?? "Something went wrong. Try again.", field: body.field },
      );
    };
    xhr.onerror = () =>
      resolve({ ok: false, error: "The connection dropped. Check your network and try again." });
    xhr.send(form);
  });
}
