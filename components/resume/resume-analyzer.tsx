"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ResumeResult } from "@/lib/resume-analysis/service";
import type { ResumeFormInput } from "@/lib/resume-analysis/form-schema";
import { ResumeResultView } from "./resume-result";
import { postResume } from "./upload";

const MAX_BYTES = 5 * 1024 * 1024;
const loadSchema = () => import("@/lib/resume-analysis/form-schema").then((m) => m.resumeFormSchema);

/** Paste or upload a resume (and optionally a job description); shows upload progress, then the result. */
export function ResumeAnalyzer({ accept }: { accept: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [result, setResult] = useState<ResumeResult>();
  // zod loads on first focus or hover of the form, not with the page (see lazyZodResolver).
  const [{ resolver, preload }] = useState(() => lazyZodResolver(loadSchema));
  const form = useForm<ResumeFormInput>({
    resolver,
    defaultValues: { text: "", jobDescription: "", keepCopy: false },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(undefined);
    if (file && file.size > MAX_BYTES)
      return setError({
        message: "That file is larger than 5 MB. Upload a smaller file or paste the text.",
        field: "file",
      });
    if (!file && !values.text?.trim())
      return setError({ message: "Paste your resume text or choose a file to upload.", field: "text" });
    const data = new FormData();
    data.set("text", file ? "" : (values.text ?? ""));
    data.set("jobDescription", values.jobDescription ?? "");
    data.set("keepCopy", values.keepCopy ? "on" : "");
    if (file) data.set("file", file);
    setProgress(0);
    const outcome = await postResume(data, setProgress);
    setProgress(null);
    if (!outcome.ok) return setError({ message: outcome.error, field: outcome.field });
    setResult(outcome.result);
    router.refresh();
  });

  const fieldError = (name: string) => (error?.field === name ? error.message : undefined);
  const busy = progress !== null;
  return (
    <div className="flex flex-col gap-8">
      <form
        onSubmit={onSubmit}
        onFocus={preload}
        onPointerEnter={preload}
        noValidate
        className="card flex flex-col gap-5"
        aria-busy={busy}
      >
        <FormAlert message={error && !error.field ? error.message : undefined} />
        <div className="grid gap-5 lg:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <label htmlFor="resume-file" className="text-sm font-medium">
              Upload a resume
            </label>
            <input
              id="resume-file"
              type="file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              accept={accept}
              className="input file:mr-3 file:rounded-md file:border-0 file:bg-surface-2 file:px-3 file:py-1 file:text-sm file:font-semibold file:text-fg"
              aria-describedby="resume-file-hint resume-file-error"
              aria-invalid={fieldError("file") ? true : undefined}
            />
            <p id="resume-file-hint" className="text-sm text-muted">
              PDF, Word (.docx) or text, up to 5 MB.
            </p>
            {fieldError("file") && (
              <p id="resume-file-error" role="alert" className="text-sm font-medium text-danger">
                {fieldError("file")}
              </p>
            )}
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="resume-text" className="text-sm font-medium">
              Or paste your resume
            </label>
            <textarea
              id="resume-text"
              rows={6}
              className="input"
              aria-invalid={fieldError("text") || errors.text ? true : undefined}
              aria-describedby="resume-text-error"
              {...form.register("text")}
            />
            {(fieldError("text") || errors.text) && (
              <p id="resume-text-error" role="alert" className="text-sm font-medium text-danger">
                {fieldError("text") ?? errors.text?.message}
              </p>
            )}
          </div>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="job-description" className="text-sm font-medium">
            Job description (optional)
          </label>
          <textarea
            id="job-description"
            rows={4}
            className="input"
            placeholder="Paste a job ad to see how well your resume matches it"
            aria-describedby="job-error"
            {...form.register("jobDescription")}
          />
          {(fieldError("jobDescription") || errors.jobDescription) && (
            <p id="job-error" role="alert" className="text-sm font-medium text-danger">
              {fieldError("jobDescription") ?? errors.jobDescription?.message}
            </p>
          )}
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1 size-4" {...form.register("keepCopy")} />
          <span>Keep a copy of my resume text (otherwise only the skills found are saved)</span>
        </label>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" pending={busy || form.formState.isSubmitting}>
            {busy ? "Analysing…" : "Analyse resume"}
          </Button>
          {busy && (
            <div className="flex min-w-48 flex-1 items-center gap-2">
              <div
                role="progressbar"
                aria-label="Upload progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(progress * 100)}
                className="h-2 flex-1 overflow-hidden rounded-full bg-border"
              >
                <div
                  className="h-full bg-brand transition-all"
                  style={{ width: `${Math.round(progress * 100)}%` }}
                />
              </div>
              <span className="text-sm text-muted">
                {progress < 1 ? `Uploading ${Math.round(progress * 100)}%` : "Reading and matching…"}
              </span>
            </div>
          )}
        </div>
      </form>
      {result && <ResumeResultView result={result} />}
    </div>
  );
}
