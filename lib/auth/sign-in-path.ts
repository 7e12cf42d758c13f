/** Where a signed-out visitor of `back` is sent: the sign-in page, which returns them there after. */
export const signInPath = (back: string) => `/login?${new URLSearchParams({ callbackUrl: back })}`;
