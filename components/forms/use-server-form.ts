"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

type Result<T> = { ok: true; data: T } | { ok: false; error?: string; fieldErrors?: Partial<Record<string, string>> };

/**
 * react-hook-form driven by the same zod schema the server action validates with; errors the
 * server finds (taken email, common password) land next to their field like the client's own.
 * Give the <form> method="post": one submitted before the page hydrates must not put what was
 * typed (a password) in the URL, where history and server logs keep it.
 */
export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (values: z.input<S>) => Promise<Result<T>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: T) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver's generics cannot follow a generic schema; the cast restates what S already says.
    resolver: zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  // The browser validates first; the server gets the raw values and parses them with the same schema.
  const onSubmit = form.handleSubmit(() =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await action(form.getValues());
      if (result.ok) return options.onSuccess?.(result.data);
      setFormError(result.error);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { message });
      }
    }),
  );

  return { form, onSubmit, formError, pending };
}
