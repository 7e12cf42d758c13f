"use client";

import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

type Result<T> =
  { ok: true; data: T } | { ok: false; error?: string; fieldErrors?: Partial<Record<string, string>> };
type Schema = z.ZodType<FieldValues, FieldValues>;
type SchemaResolver<S extends Schema> = Resolver<z.input<S>, unknown, z.output<S>>;

/**
 * A zod resolver whose schema, zod itself and @hookform/resolvers load when first needed, not
 * with the page: zod alone is a 31 kB (gzipped) chunk every form page would otherwise ship.
 * `preload` starts that load early (call it on first focus or hover); the first validation waits for it.
 */
export function lazyZodResolver<S extends Schema>(
  load: () => Promise<S>,
): { resolver: SchemaResolver<S>; preload: () => void } {
  let ready: Promise<SchemaResolver<S>> | undefined;
  const get = () =>
    (ready ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      // The resolver's generics cannot follow a generic schema; the cast restates what S already says.
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as SchemaResolver<S>,
      (error: unknown) => {
        ready = undefined; // A failed load (offline) is tried again next time, not remembered.
        throw error;
      },
    ));
  const resolver: SchemaResolver<S> = async (values, context, options) => {
    const resolve = await get().catch(() => undefined);
    // Unloadable (offline): let the submit through; the server parses with the same schema and its field errors land by their fields.
    if (!resolve) return { values: values as z.output<S>, errors: {} };
    return resolve(values, context, options);
  };
  return { resolver, preload: () => void get().catch(() => {}) };
}

/**
 * react-hook-form driven by the same zod schema the server action validates with; errors the
 * server finds (taken email, common password) land next to their field like the client's own.
 * `load` imports the schema, e.g. `() => import("@/lib/auth/schemas").then((m) => m.loginSchema)`;
 * spread `formProps` on the <form>: it submits, and starts that load on first focus or hover.
 * Give the <form> method="post": one submitted before the page hydrates must not put what was
 * typed (a password) in the URL, where history and server logs keep it.
 */
export function useServerForm<S extends Schema, T>(
  load: () => Promise<S>,
  action: (values: z.input<S>) => Promise<Result<T>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: T) => void } = {},
) {
  // Once per form: the load is shared by every validation of this form, and retried if it failed.
  const [{ resolver, preload }] = useState(() => lazyZodResolver(load));
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues: options.defaultValues });
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

  // The <form>'s handlers: submit, and the schema's load started by the first focus or hover.
  const formProps = { onSubmit, onFocus: preload, onPointerEnter: preload };
  // Pending from the click: while the schema is still loading the submit has not reached the action
  // yet, and a second click must not send it twice.
  return { form, formProps, formError, pending: pending || form.formState.isSubmitting };
}
