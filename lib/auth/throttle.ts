import { env } from "@/lib/env";
import type { Database } from "@/lib/prisma-client";

export interface ThrottleVerdict {
  allowed: boolean;
  /** Whole minutes until a new attempt is allowed (0 when allowed). */
  retryAfterMinutes: number;
}

/**
 * Counts recent failures for this e-mail address and for this IP in the database, so the limit
 * holds across every app instance. The e-mail counts whether or not such a user exists: a
 * throttled unknown address looks exactly like a throttled real one.
 */
export async function checkLoginThrottle(db: Database, email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - env.LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([
    recentFailures(db, { email }, windowStart, env.LOGIN_MAX_FAILURES_PER_ACCOUNT),
    recentFailures(db, { ip }, windowStart, env.LOGIN_MAX_FAILURES_PER_IP),
  ]);
  const blockers = [byAccount, byIp].filter((failures) => failures.blocked);
  if (blockers.length === 0) return { allowed: true, retryAfterMinutes: 0 };
  // Allowed again when the oldest failure that still counts leaves the window.
  const unblockAt = Math.max(...blockers.map((failures) => failures.oldestCounted!.getTime())) + env.LOGIN_WINDOW_MINUTES * 60_000;
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((unblockAt - now.getTime()) / 60_000)) };
}

async function recentFailures(db: Database, who: { email: string } | { ip: string }, since: Date, limit: number) {
  const failures = await db.loginAttempt.findMany({
    where: { ...who, succeeded: false, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return { blocked: failures.length >= limit, oldestCounted: failures.at(-1)?.createdAt };
}

export async function recordLoginAttempt(db: Database, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, succeeded } });
}
