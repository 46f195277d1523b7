import { z } from "zod";

/** Where the embedded database listens when no DATABASE_URL is given (see lib/embedded-db). */
export const EMBEDDED_DB_PORT_DEFAULT = 54329;

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A real PostgreSQL server in production; unset means the embedded database. */
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(EMBEDDED_DB_PORT_DEFAULT),
  /** Folder of the embedded database; git-ignored. */
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The app's public address: links in e-mails start with it (never with the Host header a
   * request brings, which anyone can set), and next-auth's OpenID Connect callback is
   * `<NEXTAUTH_URL>/api/auth/callback/oidc`. `npm start` defaults it to http://localhost:PORT.
   */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Signs session tokens; the same value on every app instance. `npm start` makes one for the embedded default. */
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  /** A signed-in session ends after this many minutes without a request (shared classroom tablets). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100).default(5),
  /**
   * Reverse proxies (load balancers) in front of the app that append to x-forwarded-for. 0: the
   * app is reached directly and the socket's address is the client's.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Higher than per account: a whole school may sign in from one address. */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(1000).default(20),
  /**
   * Sign-in with the organisation's own accounts (OpenID Connect): active when issuer, client id
   * and secret are all set. The issuer is the organisation's own (one Entra ID tenant, say),
   * because it vouches for the e-mail addresses we match staff by.
   */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** What the sign-in button calls the accounts ("Microsoft"); unset: "je organisatie". */
  OIDC_NAME: z.string().min(1).max(40).optional(),
  /**
   * true: the provider asks who it is on every sign-in (prompt=login), so on a shared classroom
   * tablet a colleague never comes in as whoever used it before. false: its own session is
   * reused (single sign-on), for organisations where every device is personal.
   */
  OIDC_PROMPT_LOGIN: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  /** Outgoing mail, e.g. smtps://user:password@smtp.example.nl:465. Unset: the admin passes links on by hand. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Samenspraak <no-reply@samenspraak.invalid>"),
});

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string | undefined;
  promptLogin: boolean;
}

type OidcKey = "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_NAME" | "OIDC_PROMPT_LOGIN";

export type TEnv = Omit<z.infer<typeof ZEnv>, OidcKey> & {
  DATABASE_URL: string;
  NEXTAUTH_SECRET: string;
  /** Null when the organisation's own accounts are not configured. */
  oidc: OidcSettings | null;
  /** NEXTAUTH_URL without a trailing slash, or the local default. */
  APP_URL: string;
  /** Whether these were given, or the embedded/development defaults stand in. */
  configured: { DATABASE_URL: boolean; NEXTAUTH_SECRET: boolean };
};

// Microsoft's shared endpoints let *any* tenant's accounts in, and any tenant's admin can give an
// account any e-mail address: matching staff by e-mail needs the organisation's own tenant.
const MULTI_TENANT_ISSUER = /^https:\/\/login\.microsoftonline\.com\/(common|organizations|consumers)(\/|$)/i;

export function oidcSettings(values: Pick<z.infer<typeof ZEnv>, OidcKey>): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = values;
  const given = [issuer, clientId, clientSecret].filter(Boolean).length;
  if (given === 0) return null;
  // Half a configuration is a mistake to report at start, not a sign-in button that fails.
  if (!issuer || !clientId || !clientSecret) throw new Error("Set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none of them.");
  if (MULTI_TENANT_ISSUER.test(issuer)) {
    throw new Error("OIDC_ISSUER must name your own tenant (https://login.microsoftonline.com/<tenant-id>/v2.0), not common, organizations or consumers.");
  }
  // openid-client compares the discovery document's issuer with this one, character for character.
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: values.OIDC_NAME, promptLogin: values.OIDC_PROMPT_LOGIN };
}

// Only for `next dev` and tests; production refuses to start without a real secret.
const DEVELOPMENT_SECRET = "development-only-secret-never-use-in-production";

export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function parseEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, OIDC_PROMPT_LOGIN, ...values } = parsed.data;
  if (values.NODE_ENV === "production" && !values.NEXTAUTH_SECRET && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET is not set: give every app instance the same secret of 32+ characters.");
  }
  const oidc = oidcSettings({ OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, OIDC_PROMPT_LOGIN });
  // The provider sends people back to NEXTAUTH_URL; a guessed address would fail after they signed in.
  if (oidc && values.NODE_ENV === "production" && !values.NEXTAUTH_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_URL is not set: the organisation's accounts (OIDC_ISSUER) need the app's public address.");
  }
  return {
    ...values,
    oidc,
    DATABASE_URL: values.DATABASE_URL ?? embeddedDatabaseUrl(values.EMBEDDED_DB_PORT),
    NEXTAUTH_SECRET: values.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    APP_URL: (values.NEXTAUTH_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ""),
    configured: { DATABASE_URL: values.DATABASE_URL !== undefined, NEXTAUTH_SECRET: values.NEXTAUTH_SECRET !== undefined },
  };
}

export const env: TEnv = parseEnv();
