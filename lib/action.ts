import "server-only";
import type { z } from "zod";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { withClock } from "@/lib/clock";
import { requestTime } from "@/lib/request-clock";

export type FieldErrors = Partial<Record<string, string>>;
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error?: string; fieldErrors?: FieldErrors };

export const fail = (error: string, fieldErrors?: FieldErrors): ActionResult<never> => ({ ok: false, error, fieldErrors });
export const failField = (field: string, message: string): ActionResult<never> => ({ ok: false, fieldErrors: { [field]: message } });

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Wraps a server action: validates input with the form's own zod schema and, unless `public`,
 * requires a signed-in user. Server actions are reachable by POST from anywhere, so this check
 * is the guard, not the proxy.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await currentUser();
    if (!user) return fail("Your session has ended. Sign in again.");
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return withClock(await requestTime(), () => handler(parsed.data, user));
  };
}

/** The same for actions open to signed-out visitors (sign-up, sign-in). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>) => Promise<ActionResult<T>>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return handler(parsed.data);
  };
}
