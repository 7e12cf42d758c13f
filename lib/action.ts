import "server-only";
import type { z } from "zod";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { withClock } from "@/lib/clock";
import { requestTime } from "@/lib/request-clock";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/availability/database-error";
import { noteIfDatabaseUnavailable } from "@/lib/availability/database-health";

export type FieldErrors = Partial<Record<string, string>>;
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error?: string; fieldErrors?: FieldErrors };

export const fail = (error: string, fieldErrors?: FieldErrors): ActionResult<never> => ({
  ok: false,
  error,
  fieldErrors,
});
export const failField = (field: string, message: string): ActionResult<never> => ({
  ok: false,
  fieldErrors: { [field]: message },
});

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** An outage becomes an answer the form can show; anything else (bugs, redirects) is rethrown. */
async function answeringOutages<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (noteIfDatabaseUnavailable(error)) return fail(DATABASE_UNAVAILABLE_MESSAGE);
    throw error;
  }
}

/** The part of an action after authentication: parse with the schema, then the handler. */
export type ActionCore<T> = (input: unknown, user: CurrentUser) => Promise<ActionResult<T>>;
export type Action<I, T> = ((input: I) => Promise<ActionResult<T>>) & { core: ActionCore<T> };

/**
 * Wraps a server action: validates input with the form's own zod schema and, unless `public`,
 * requires a signed-in user. Server actions are reachable by POST from anywhere, so this check
 * is the guard, not the proxy. `core` is the same action for a given user, for tests; it is a
 * property of the function on the server only, never reachable as an action of its own.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<ActionResult<T>>,
): Action<z.input<S>, T> {
  const core: ActionCore<T> = (input, user) =>
    answeringOutages(async () => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
      return handler(parsed.data, user);
    });
  const run = (input: z.input<S>) =>
    answeringOutages(async () => {
      const user = await currentUser();
      if (!user) return fail("Your session has ended. Sign in again.");
      return withClock(await requestTime(), () => core(input, user));
    });
  return Object.assign(run, { core });
}

/** The same for actions open to signed-out visitors (sign-up, sign-in). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>) => Promise<ActionResult<T>>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return (input) =>
    answeringOutages(async () => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
      return handler(parsed.data);
    });
}
