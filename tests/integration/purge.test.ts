import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { purge } from "@/lib/retention/purge";
import { createFamily, createWorld, type World } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

// Retention with automatic purge: what is past the organisation's period goes, nothing else,
// and a second run (cron) changes nothing.
let world: World;
const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 86_400_000);

async function conversationOf(familyId: string, teamId: string, createdAt: Date) {
  return db.conversation.create({
    data: { organisationId: world.organisation.id, teamId, familyId, phaseKey: "main", status: "REVEALED", consentToAggregate: true, createdAt },
    select: { id: true },
  });
}

beforeEach(async () => {
  await resetDatabase(db);
  world = await createWorld(db);
  await db.organisation.update({ where: { id: world.organisation.id }, data: { retentionMonths: 12 } });
});

describe("npm run purge", () => {
  it("removes conversations and families past the retention period and old sign-in attempts; a dry run and a second run change nothing", async () => {
    // An old family with only an old conversation; the world's family, active now, with one old and one new conversation.
    const oldFamily = await createFamily(db, world.organisation.id, world.teamA.id);
    await db.family.update({ where: { id: oldFamily.id }, data: { createdAt: monthsAgo(20) } });
    await db.family.update({ where: { id: world.family.id }, data: { createdAt: monthsAgo(20) } });
    await conversationOf(oldFamily.id, world.teamA.id, monthsAgo(14));
    const oldOfActive = await conversationOf(world.family.id, world.teamA.id, monthsAgo(13));
    const recent = await conversationOf(world.family.id, world.teamA.id, monthsAgo(1));
    await db.loginAttempt.createMany({
      data: [
        { email: "a@example.nl", ip: "198.51.100.1", succeeded: false, createdAt: monthsAgo(2) },
        { email: "b@example.nl", ip: "198.51.100.2", succeeded: false, createdAt: new Date() },
      ],
    });

    const dry = await purge(db, { dryRun: true });
    expect(dry).toEqual({ conversations: 2, families: 1, signInAttempts: 1, parentModeLocks: 0 });
    expect(await db.conversation.count()).toBe(3);

    expect(await purge(db)).toEqual(dry);
    expect((await db.conversation.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([recent.id]);
    expect(await db.family.count({ where: { id: oldFamily.id } })).toBe(0);
    expect(await db.family.count({ where: { id: world.family.id } })).toBe(1);
    expect(await db.conversation.count({ where: { id: oldOfActive.id } })).toBe(0);
    expect((await db.loginAttempt.findMany({ select: { email: true } })).map((row) => row.email)).toEqual(["b@example.nl"]);
    expect(await db.auditEvent.count({ where: { action: "DATA_PURGED", organisationId: world.organisation.id } })).toBe(1);

    expect(await purge(db)).toEqual({ conversations: 0, families: 0, signInAttempts: 0, parentModeLocks: 0 });
  });

  it("keeps everything within the period, and another organisation's longer period is its own", async () => {
    await db.organisation.update({ where: { id: world.otherOrganisation.id }, data: { retentionMonths: 60 } });
    const otherFamily = await createFamily(db, world.otherOrganisation.id, world.teamC.id);
    await db.conversation.create({
      data: { organisationId: world.otherOrganisation.id, teamId: world.teamC.id, familyId: otherFamily.id, phaseKey: "main", createdAt: monthsAgo(30) },
    });
    await conversationOf(world.family.id, world.teamA.id, monthsAgo(6));
    expect(await purge(db)).toMatchObject({ conversations: 0, families: 0 });
    expect(await db.conversation.count()).toBe(2);
  });
});
