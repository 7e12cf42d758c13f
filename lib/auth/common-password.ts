import "server-only";
import type { z } from "zod";
import { isCommonPassword } from "./password";

export const COMMON_PASSWORD_MESSAGE =
  "This password is one of the most common and easy to guess. Choose another.";

/**
 * The one password rule too large to ship to the browser (the common-password list), as a refinement
 * for a form's schema on the server: `schema.superRefine(refuseCommonPassword("password"))`.
 */
export function refuseCommonPassword<K extends string>(field: K) {
  return (value: { [P in K]: string }, ctx: z.RefinementCtx) => {
    if (isCommonPassword(value[field]))
      ctx.addIssue({ code: "custom", path: [field], message: COMMON_PASSWORD_MESSAGE });
  };
}
