import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { reserveAttempt, settleAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createOrganisation, createUser, FIXTURE_PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

let email: string;
let userId: string;

beforeEach(async () => {
  await resetDatabase(db);
  const organisation = await createOrganisation(db);
  const user = await createUser(db, organisation.id, "PROFESSIONAL");
  email = user.email;
  userId = user.id;
});

const attempt = (password: string, ip = "198.51.100.1", who = email) => authenticate(db, { email: who, password }, ip);

describe("authenticate", () => {
  it("accepts the right password, also with the e-mail typed in capitals", async () => {
    expect(await attempt(FIXTURE_PASSWORD)).toEqual({ ok: true, userId });
    expect(await attempt(FIXTURE_PASSWORD, undefined, ` ${email.toUpperCase()} `)).toEqual({ ok: true, userId });
  });

  it("answers the same for a wrong password, an unknown address and a deactivated account", async () => {
    expect(await attempt("wrong-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(FIXTURE_PASSWORD, undefined, "nobody@example.nl")).toEqual({ ok: false, reason: "invalid" });
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await attempt(FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses bad input without touching the database", async () => {
    expect(await authenticate(db, { email: "not-an-address", password: "x" }, "198.51.100.1")).toMatchObject({ reason: "invalid" });
    expect(await authenticate(db, { email, password: "x".repeat(10_000) }, "198.51.100.1")).toMatchObject({ reason: "invalid" });
    expect(await authenticate(db, null, "198.51.100.1")).toMatchObject({ reason: "invalid" });
    expect(await db.loginAttempt.count()).toBe(0);
  });
});

describe("throttling", () => {
  it("after 5 failures in 15 minutes the account waits, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect(await attempt(`wrong-${i}`, `198.51.100.${i}`)).toMatchObject({ reason: "invalid" });
    expect(await attempt(FIXTURE_PASSWORD, "198.51.100.99")).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
  });

  it("throttles an unknown address exactly like a real one", async () => {
    for (let i = 0; i < 5; i++) await attempt("wrong", undefined, "ghost@example.nl");
    expect(await attempt("wrong", undefined, "ghost@example.nl")).toMatchObject({ reason: "throttled" });
  });

  it("counts only failures inside the window", async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email, ip: "198.51.100.1", succeeded: false, createdAt: old })),
    });
    expect(await attempt(FIXTURE_PASSWORD)).toEqual({ ok: true, userId });
  });

  it("tells how long to wait, from the oldest failure that still counts", async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email, ip: "198.51.100.1", succeeded: false, createdAt: tenMinutesAgo })),
    });
    expect(await attempt(FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 5 });
  });

  it("limits one IP address guessing across many accounts, and only that address", async () => {
    for (let i = 0; i < 20; i++) await attempt("wrong", "203.0.113.50", `victim-${i}@example.nl`);
    expect(await attempt(FIXTURE_PASSWORD, "203.0.113.50")).toMatchObject({ reason: "throttled" });
    expect(await attempt(FIXTURE_PASSWORD, "203.0.113.51")).toEqual({ ok: true, userId });
  });
});

// The attacks of the review: parallel bursts, and strangers at a shared address.
describe("throttling under attack", () => {
  it("a burst of 50 parallel wrong passwords has no more than 5 checked", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(`wrong-${i}`, `198.51.100.${i}`)));
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(5);
    expect(results.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(45);
    expect(await db.loginAttempt.count()).toBe(5);
    // Fifty transactions queue on one row lock: on two busy cores this took over 30 s once.
  }, 90_000);

  it("a burst of 50 parallel PIN or join-code guesses lets through no more than the limit", async () => {
    for (const bucket of ["pin", "join-code"] as const) {
      const reservations = await Promise.all(Array.from({ length: 50 }, () => reserveAttempt(db, bucket, "target", "203.0.113.9")));
      expect(reservations.filter((reservation) => reservation.allowed), bucket).toHaveLength(5);
    }
  });

  it("parents' failed join codes at a school's address never block its staff from signing in", async () => {
    for (let i = 0; i < 25; i++) {
      const reservation = await reserveAttempt(db, "join-code", "203.0.113.77", "203.0.113.77");
      if (reservation.allowed) await settleAttempt(db, reservation, false);
    }
    expect(await reserveAttempt(db, "join-code", "203.0.113.77", "203.0.113.77")).toMatchObject({ allowed: false });
    expect(await attempt(FIXTURE_PASSWORD, "203.0.113.77")).toEqual({ ok: true, userId });
  });

  it("a right answer does not count against the limit", async () => {
    for (let i = 0; i < 10; i++) expect(await attempt(FIXTURE_PASSWORD)).toEqual({ ok: true, userId });
  });
});

