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
   * The address people use to reach the app; links in e-mails start with it (never with the
   * Host header a request brings, which anyone can set). Default: http://localhost:PORT.
   */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Outgoing mail, e.g. smtps://user:password@smtp.example.nl:465. Unset: the admin passes links on by hand. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Samenspraak <no-reply@samenspraak.invalid>"),
});

export type TEnv = z.infer<typeof ZEnv> & {
  DATABASE_URL: string;
  NEXTAUTH_SECRET: string;
  /** NEXTAUTH_URL without a trailing slash, or the local default. */
  APP_URL: string;
  /** Whether these were given, or the embedded/development defaults stand in. */
  configured: { DATABASE_URL: boolean; NEXTAUTH_SECRET: boolean };
};

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
  const values = parsed.data;
  if (values.NODE_ENV === "production" && !values.NEXTAUTH_SECRET && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET is not set: give every app instance the same secret of 32+ characters.");
  }
  return {
    ...values,
    DATABASE_URL: values.DATABASE_URL ?? embeddedDatabaseUrl(values.EMBEDDED_DB_PORT),
    NEXTAUTH_SECRET: values.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    APP_URL: (values.NEXTAUTH_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ""),
    configured: { DATABASE_URL: values.DATABASE_URL !== undefined, NEXTAUTH_SECRET: values.NEXTAUTH_SECRET !== undefined },
  };
}

export const env: TEnv = parseEnv();
