import { env } from "@/lib/env";
import type { Database } from "@/lib/prisma-client";

/**
 * Separate buckets: a failure counts only in its own, so parents mistyping join codes at a school
 * cannot lock that school's staff out of signing in, and a locked PIN leaves passwords alone.
 */
export type ThrottleBucket = "sign-in" | "pin" | "join-code" | "password-reset";

export type Reservation = { allowed: true; attemptId: string } | { allowed: false; retryAfterMinutes: number };

/**
 * Checks the limits and records the attempt in one step: under a lock per key and per address
 * (PostgreSQL advisory locks, so across every app instance), the attempt is counted and, when
 * allowed, written down as a failure before the secret is checked. However many requests arrive
 * at once, no more than the limit are let through; settleAttempt() turns a good one into a success.
 */
export async function reserveAttempt(db: Database, bucket: ThrottleBucket, key: string, ip: string, now = new Date()): Promise<Reservation> {
  const windowStart = new Date(now.getTime() - env.LOGIN_WINDOW_MINUTES * 60_000);
  // Failures allowed per window: per key (account, professional, address) and per client address.
  const [perKey, perIp] = [env.LOGIN_MAX_FAILURES_PER_ACCOUNT, env.LOGIN_MAX_FAILURES_PER_IP];
  return db.$transaction(async (tx) => {
    // A fixed order: two attempts never wait for each other's second lock.
    for (const lock of [`throttle|${bucket}|key|${key}`, `throttle|${bucket}|ip|${ip}`].sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lock}))`;
    }
    const [byKey, byIp] = await Promise.all([
      recentFailures(tx, { bucket, email: key }, windowStart, perKey),
      recentFailures(tx, { bucket, ip }, windowStart, perIp),
    ]);
    const blockers = [byKey, byIp].filter((failures) => failures.blocked);
    if (blockers.length > 0) {
      // Allowed again when the oldest failure that still counts leaves the window.
      const unblockAt = Math.max(...blockers.map((failures) => failures.oldestCounted!.getTime())) + env.LOGIN_WINDOW_MINUTES * 60_000;
      return { allowed: false as const, retryAfterMinutes: Math.max(1, Math.ceil((unblockAt - now.getTime()) / 60_000)) };
    }
    const attempt = await tx.loginAttempt.create({ data: { bucket, email: key, ip, succeeded: false }, select: { id: true } });
    return { allowed: true as const, attemptId: attempt.id };
  });
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

async function recentFailures(db: Tx, who: { bucket: string; email: string } | { bucket: string; ip: string }, since: Date, limit: number) {
  const failures = await db.loginAttempt.findMany({
    where: { ...who, succeeded: false, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return { blocked: failures.length >= limit, oldestCounted: failures.at(-1)?.createdAt };
}

/** The secret was right: the reserved attempt no longer counts against the limit. */
export async function settleAttempt(db: Database, reservation: { attemptId: string }, succeeded: boolean): Promise<void> {
  if (succeeded) await db.loginAttempt.update({ where: { id: reservation.attemptId }, data: { succeeded: true } });
}

/** Unlocks a key: its failures stop counting (a locked PIN, after the password proved who it is). */
export async function clearFailures(db: Pick<Database, "loginAttempt">, bucket: ThrottleBucket, key: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { bucket, email: key, succeeded: false } });
}
