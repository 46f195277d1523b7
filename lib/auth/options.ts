import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { organisationAccountProvider, OIDC_PROVIDER_ID } from "./oidc-provider";
import { admitOrganisationAccount, matchOrganisationAccount } from "./organisation-account";
import { isSessionLive } from "./session-live";
import type { SignInMethod } from "./types";

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
        throw new Error(result.reason === "throttled" ? `throttled:${result.retryAfterMinutes}` : result.reason);
      },
    }),
    ...(env.oidc ? [organisationAccountProvider(env.oidc)] : []),
  ],
  callbacks: {
    // Passwords were decided in authorize(). The organisation's own account comes in only as an
    // active user invited here with its e-mail address; anyone else is refused (the sign-in page
    // says so, error=AccessDenied) and no account is made: there is no adapter to make one.
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const admitted = await admitOrganisationAccount(db, (profile ?? {}) as Record<string, unknown>);
      if (!admitted.ok && (admitted.reason === "noEmail" || admitted.reason === "unverified")) {
        // A configuration matter for whoever runs the app (which claims the provider sends).
        console.warn(`OpenID Connect sign-in refused: the ID token has ${admitted.reason === "noEmail" ? "no e-mail address (email or preferred_username)" : "email_verified: false"}.`);
      }
      return admitted.ok;
    },
    // The token carries only the user id, when the session began and how; role, teams and active
    // state are read fresh from the database on every request (lib/auth/session.ts), so a change
    // applies at once.
    async jwt({ token, user, account, profile }) {
      if (account?.provider === OIDC_PROVIDER_ID) {
        // The subject is this app's user, never the provider's own id for the person.
        const match = await matchOrganisationAccount(db, (profile ?? {}) as Record<string, unknown>);
        if (!match.ok) throw new Error("The account was admitted a moment ago and is gone now.");
        return { sub: match.userId, startedAt: Date.now(), via: "oidc" };
      }
      // startedAt survives every refresh of the token, so signing out can void this session.
      if (user) return { sub: user.id, startedAt: Date.now(), via: "password" };
      return { sub: token.sub, startedAt: token.startedAt, via: token.via, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    // Also what /api/auth/session answers: a session voided by signing out, or of a deactivated
    // account, says nothing about who it was.
    async session({ session, token }) {
      const startedAt = typeof token.startedAt === "number" ? token.startedAt : 0;
      if (!token.sub || !(await isSessionLive(db, token.sub, startedAt))) return { expires: session.expires } as typeof session;
      const signedInWith: SignInMethod = token.via === "oidc" ? "oidc" : "password";
      return { expires: session.expires, user: { id: token.sub, startedAt, signedInWith } } as typeof session;
    },
  },
};
