import { beforeEach, describe, expect, it } from "vitest";
import { homeFor } from "@/lib/auth/gate";
import { db } from "@/lib/db";
import { getHomeOverview } from "@/lib/data/home";
import { createFamily, createWorld, type World } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

// Issue 14, item 6: the professional's home screen lists their ongoing conversations, the
// follow-up conversations of the coming two weeks and the agreements that fall due, and never
// anything of a family they may not see.

const DAY = 86_400_000;
const NOW = new Date("2027-03-10T09:00:00Z");
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY);
/** An agreement's date: a day without a time, stored as midnight UTC. */
const dayFromNow = (days: number) => new Date(Date.UTC(2027, 2, 10 + days));

let world: World;

async function conversation(familyId: string, teamId: string, data: { status?: "RATING" | "REVEALED"; revealedAt?: Date; nextAppointmentAt?: Date; professionalId?: string; createdAt?: Date } = {}) {
  return db.conversation.create({
    data: { organisationId: world.organisation.id, teamId, familyId, professionalId: world.professional.id, phaseKey: "main", createdAt: daysFromNow(-3), ...data },
    select: { id: true },
  });
}

async function agreement(conversationId: string, familyId: string, text: string, dueDate: Date | null, status: "OPEN" | "DONE" | "NOT_DONE" = "OPEN") {
  return db.agreement.create({ data: { conversationId, familyId, text, owner: "TOGETHER", dueDate, status }, select: { id: true } });
}

function overviewOf(actor: keyof World["actors"]) {
  const grant = homeFor(world.actors[actor]!);
  if (!grant) throw new Error(`${actor} has no home screen`);
  return getHomeOverview(grant, NOW);
}

beforeEach(async () => {
  await resetDatabase(db);
  world = await createWorld(db);
});

describe("the professional's home screen", () => {
  it("lists only the professional's own, unfinished conversations, the coming two weeks' follow-ups and the agreements that fall due", async () => {
    const own = world.family;
    const rating = await conversation(own.id, world.teamA.id);
    const discussing = await conversation(own.id, world.teamA.id, { status: "REVEALED", revealedAt: daysFromNow(-2) });
    const planned = await conversation(own.id, world.teamA.id, { status: "REVEALED", revealedAt: daysFromNow(-1), nextAppointmentAt: daysFromNow(3) });
    const longAgo = await conversation(own.id, world.teamA.id, { status: "REVEALED", revealedAt: daysFromNow(-30), nextAppointmentAt: daysFromNow(15) });
    await agreement(discussing.id, own.id, "late", dayFromNow(-1));
    await agreement(discussing.id, own.id, "in ten days", dayFromNow(10));
    await agreement(discussing.id, own.id, "today", dayFromNow(0));
    await agreement(discussing.id, own.id, "in twenty days", dayFromNow(20));
    await agreement(discussing.id, own.id, "done", dayFromNow(-1), "DONE");
    await agreement(discussing.id, own.id, "not done", dayFromNow(-1), "NOT_DONE");
    await agreement(discussing.id, own.id, "no date", null);

    // Another team's family, with everything that would show if it were the professional's own.
    const otherTeam = await createFamily(db, world.organisation.id, world.teamB.id, [world.otherTeamProfessional.id]);
    const foreign = await conversation(otherTeam.id, world.teamB.id, { professionalId: world.otherTeamProfessional.id });
    await conversation(otherTeam.id, world.teamB.id, { status: "REVEALED", revealedAt: daysFromNow(-1), nextAppointmentAt: daysFromNow(2), professionalId: world.otherTeamProfessional.id });
    await agreement(foreign.id, otherTeam.id, "other team's", dayFromNow(-1));

    const overview = await overviewOf("professional of the team");
    expect(overview.ongoing.map((entry) => [entry.id, entry.stage])).toEqual(
      expect.arrayContaining([
        [rating.id, "rating"],
        [discussing.id, "discussion"],
      ]),
    );
    expect(overview.ongoing.map((entry) => entry.id).sort()).toEqual([rating.id, discussing.id].sort());
    expect(overview.ongoing.every((entry) => entry.familyLabel === own.label)).toBe(true);
    expect(overview.ongoingCount).toBe(2);
    expect(overview.appointments).toEqual([{ conversationId: planned.id, familyLabel: own.label, at: daysFromNow(3), place: null }]);
    expect(overview.appointments.map((entry) => entry.conversationId)).not.toContain(longAgo.id);
    expect(overview.dueAgreements.map((entry) => [entry.text, entry.overdue])).toEqual([
      ["late", true],
      ["today", false],
      ["in ten days", false],
    ]);
    expect(overview.dueCount).toBe(3);
    expect(overview.families).toEqual([{ id: own.id, label: own.label }]);

    // The other team's professional sees theirs, and nothing of team A.
    const theirs = await overviewOf("professional of another team");
    expect(theirs.ongoing.map((entry) => entry.id)).toEqual([foreign.id]);
    expect(theirs.appointments.map((entry) => entry.familyLabel)).toEqual([otherTeam.label]);
    expect(theirs.dueAgreements.map((entry) => entry.text)).toEqual(["other team's"]);
    expect(theirs.families.map((entry) => entry.id)).toEqual([otherTeam.id]);
  });

  it("keeps a colleague's family of the same team off it: only families one follows or has talked with", async () => {
    const colleague = await db.user.create({
      data: { organisationId: world.organisation.id, role: "PROFESSIONAL", name: "Collega", email: "collega@example.nl", memberships: { create: { teamId: world.teamA.id } } },
    });
    const colleagues = await createFamily(db, world.organisation.id, world.teamA.id, [colleague.id]);
    const theirs = await conversation(colleagues.id, world.teamA.id, { professionalId: colleague.id, nextAppointmentAt: daysFromNow(1) });
    await agreement(theirs.id, colleagues.id, "colleague's", dayFromNow(1));

    const overview = await overviewOf("professional of the team");
    expect(overview.ongoing).toEqual([]);
    expect(overview.appointments).toEqual([]);
    expect(overview.dueAgreements).toEqual([]);
    expect(overview.families.map((entry) => entry.id)).toEqual([world.family.id]);

    // Once the professional has talked with that family themselves, it is theirs too.
    const mine = await conversation(colleagues.id, world.teamA.id);
    expect((await overviewOf("professional of the team")).ongoing.map((entry) => entry.id).sort()).toEqual([theirs.id, mine.id].sort());
  });

  it("offers the families most recently worked with first, at most six", async () => {
    const families = [];
    for (let index = 0; index < 7; index += 1) families.push(await createFamily(db, world.organisation.id, world.teamA.id, [world.professional.id]));
    // The world's own family had a conversation after all of these were added: it comes first.
    await conversation(world.family.id, world.teamA.id, { status: "REVEALED", revealedAt: NOW, nextAppointmentAt: daysFromNow(40) });
    await db.conversation.updateMany({ where: { familyId: world.family.id }, data: { createdAt: new Date(Date.now() + DAY) } });
    const overview = await overviewOf("professional of the team");
    expect(overview.families).toHaveLength(6);
    expect(overview.families[0].id).toBe(world.family.id);
  });

  it("lists the six most urgent agreements and counts the rest", async () => {
    const { id } = await conversation(world.family.id, world.teamA.id);
    for (let day = 0; day < 8; day += 1) await agreement(id, world.family.id, `day ${day}`, dayFromNow(day - 4));
    const overview = await overviewOf("professional of the team");
    expect(overview.dueAgreements.map((entry) => entry.text)).toEqual(["day 0", "day 1", "day 2", "day 3", "day 4", "day 5"]);
    expect(overview.dueAgreements.map((entry) => entry.overdue)).toEqual([true, true, true, true, false, false]);
    expect(overview.dueCount).toBe(8);
  });

  it("lists the twenty newest ongoing conversations and counts the rest", async () => {
    const started = [];
    for (let day = 0; day < 22; day += 1) started.push(await conversation(world.family.id, world.teamA.id, { createdAt: daysFromNow(day - 30) }));
    const overview = await overviewOf("professional of the team");
    expect(overview.ongoing).toHaveLength(20);
    expect(overview.ongoing[0].id).toBe(started[21].id);
    expect(overview.ongoing.map((entry) => entry.id)).not.toContain(started[0].id);
    expect(overview.ongoingCount).toBe(22);
  });

  it("is a professional's: team leads and admins keep their links only", () => {
    expect(homeFor(world.actors["team lead of the team"])).toBeNull();
    expect(homeFor(world.actors.admin)).toBeNull();
  });
});
