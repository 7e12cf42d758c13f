"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

type Result<T> = { ok: true; data: T } | { ok: false; error?: string; fieldErrors?: Partial<Record<string, string>> };

/**
 * react-hook-form driven by the same zod schema the server action validates with; errors the
 * server finds (taken email, common password) land next to their field like the client's own.
 */
export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (values: z.output<S>) => Promise<Result<T>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: T) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver's generics cannot follow a generic schema; the cast restates what S already says.
    resolver: zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await action(values);
      if (result.ok) return options.onSuccess?.(result.data);
      setFormError(result.error);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { message });
      }
    }),
  );

  return { form, onSubmit, formError, pending };
}
