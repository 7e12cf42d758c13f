// Without zod, so the password field can state the rule without pulling the schemas into the page.
// Counted in characters as a person sees them (code points); see passwordSchema.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
