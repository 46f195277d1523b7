import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { isSessionLive } from "./session-live";

export const SESSION_IDLE_SECONDS = env.SESSION_IDLE_MINUTES * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The token expires after the idle time; proxy.ts slides it forward on every request.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(db, credentials, clientIp(request?.headers ?? {}));
        if (result.ok) return { id: result.userId };
        // next-auth hands the message to the sign-in form, which turns it into kind words.
        throw new Error(result.reason === "throttled" ? `throttled:${result.retryAfterMinutes}` : "invalid");
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id; role, teams and active state are read fresh from
    // the database on every request (lib/auth/session.ts), so a change applies at once.
    jwt({ token, user }) {
      // startedAt survives every refresh of the token, so signing out can void this session.
      if (user) return { sub: user.id, startedAt: Date.now() };
      return { sub: token.sub, startedAt: token.startedAt, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    // Also what /api/auth/session answers: a session voided by signing out, or of a deactivated
    // account, says nothing about who it was.
    async session({ session, token }) {
      const startedAt = typeof token.startedAt === "number" ? token.startedAt : 0;
      if (!token.sub || !(await isSessionLive(db, token.sub, startedAt))) return { expires: session.expires } as typeof session;
      return { expires: session.expires, user: { id: token.sub, startedAt } } as typeof session;
    },
  },
};
