import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { isPlainLine, PLAIN_LINE_MESSAGE } from "@/lib/plain-text";

// Length counts characters as a person sees them (code points), and the password is kept exactly
// as typed: no trimming, no composition rules (NIST SP 800-63B).
const length = (s: string) => [...s].length;

export const passwordSchema = z
  .string()
  .refine((s) => length(s) >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .refine((s) => length(s) <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const signupSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Use at most 100 characters.")
    .refine(isPlainLine, PLAIN_LINE_MESSAGE),
  email: emailSchema,
  password: passwordSchema,
});
export type SignupInput = z.input<typeof signupSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  // Any length is accepted at sign-in so that a wrong password always gets the same answer.
  password: z.string().min(1, "Enter your password.").max(1024, "Wrong email or password."),
  callbackUrl: z.string().optional(),
});
export type LoginInput = z.input<typeof loginSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({
  // The link's token; its shape and validity are checked on the server.
  token: z
    .string()
    .min(1, "This reset link is incomplete. Ask for a new one.")
    .max(100, "This reset link is not valid. Ask for a new one."),
  password: passwordSchema,
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

// A stand-in origin to resolve a path against: whatever resolves elsewhere would leave the app.
const HERE = "http://skillshift.invalid";

/**
 * Only a path of this app may be redirected to after sign-in. Control characters and backslashes
 * are refused outright (browsers drop tabs and read a backslash as "/": "/\t/evil" is "//evil"); the
 * rest must resolve to this origin, and comes back URL-encoded so it is always a valid Location.
 */
export function safeCallbackUrl(url: unknown, fallback = "/dashboard"): string {
  if (typeof url !== "string" || !url.startsWith("/") || /[\u0000-\u001F\u007F-\u009F\\]/.test(url))
    return fallback;
  if (!URL.canParse(url, HERE)) return fallback;
  const resolved = new URL(url, HERE);
  if (resolved.origin !== HERE) return fallback;
  return resolved.pathname + resolved.search + resolved.hash;
}
