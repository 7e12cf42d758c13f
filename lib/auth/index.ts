import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { audit } from "@/lib/audit";
import { rethrowNotingOutage } from "@/lib/availability/database-health";
import { clientAddress, hit } from "@/lib/rate-limit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { loginSchema } from "./schemas";
import { createSession, endSession, SESSION_ABSOLUTE_SECONDS, validateSession } from "./sessions";
import { findUserByEmail } from "./users";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_SECONDS },
  pages: { signIn: "/login" },
  trustHost: true,
  // Only the error type: details may carry credentials or tokens, which must never reach the logs.
  logger: { error: (e) => console.error(`[auth] ${(e as { type?: string }).type ?? e.name}`) },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const client = clientAddress(request.headers);
        // Per client, and per account from one client: an attacker elsewhere cannot lock the owner out.
        const [perClient, perAccount] = await Promise.all([
          hit(`signin:client:${client}`, 30, 60),
          hit(`signin:account:${email}:${client}`, 10, 15 * 60),
        ]);
        if (!perClient.allowed || !perAccount.allowed) {
          await audit("sign_in_throttled", null);
          throw new RateLimited();
        }
        const user = await findUserByEmail(email);
        if (!user) {
          await burnPasswordCheck(password);
          await audit("sign_in_failed", null);
          return null;
        }
        if (!(await verifyPassword(user.passwordHash, password))) {
          await audit("sign_in_failed", user.id);
          return null;
        }
        // A new session row, so a new token, at every sign-in.
        const sessionId = await createSession(user.id, request.headers.get("user-agent"));
        await audit("sign_in", user.id);
        return { id: user.id, name: user.name, email: user.email, sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user)
        return {
          sub: user.id,
          sid: (user as { sessionId: string }).sessionId,
          name: user.name,
          email: user.email,
        };
      if (typeof token.sid !== "string") return null;
      // An outage is noted so the caller answers 503 rather than "signed out" (lib/availability).
      const current = await validateSession(token.sid).catch(rethrowNotingOutage);
      if (!current) return null;
      return { ...token, name: current.name, email: current.email };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if (!("token" in message) || typeof message.token?.sid !== "string") return;
      await endSession(message.token.sid);
      await audit("sign_out", typeof message.token.sub === "string" ? message.token.sub : null);
    },
  },
});
