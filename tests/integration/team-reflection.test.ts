import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addTeamAgreementAction, closeReflectionRoundAction, finishReflectionAction, openReflectionRoundAction, lookBackOnTeamAgreementAction, saveReflectionRatingAction } from "@/lib/actions/reflection";
import { reflectionRoundFor } from "@/lib/auth/gate";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { rebuildAllBlocks } from "@/lib/dashboard/blocks";
import { dashboardFor } from "@/lib/data/dashboard";
import { getReflectionHome, getReflectionSheet, getRoundOverview, type RoundOverview } from "@/lib/data/reflection";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { asSessionUser, createFamily, createOrganisation, createTeam, createUser } from "../support/factories";
import { formData } from "../support/form-data";
import { databaseChecksum } from "../support/fuzz/checksum";
import { resetDatabase } from "../support/reset-database";

// Team reflection (issue 14, item 9): each colleague rates alone; the team sees only the spread,
// and only once at least the organisation's threshold of colleagues stand behind it; beside it the
// parents' view, as the dashboard's threshold allows. The session is the one stand-in.

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let organisationId: string;
let teamA: string;
let teamB: string;
let lead: SessionUser;
let admin: SessionUser;
let otherLead: SessionUser;
let outsider: SessionUser;
/** Eight professionals of team A. */
let members: SessionUser[];

const signInAs = (user: SessionUser | null) => vi.mocked(getCurrentUser).mockResolvedValue(user);

beforeAll(async () => {
  await resetDatabase(db);
  await seedContent(db);
});

/** A colleague in these teams, as their session would be. */
const colleague = async (role: SessionUser["role"], teamIds: string[]) => asSessionUser(await createUser(db, organisationId, role, teamIds), teamIds);

beforeEach(async () => {
  // The seeded content stays; each test gets its own organisation with two teams.
  await db.organisation.deleteMany();
  organisationId = (await createOrganisation(db)).id;
  [teamA, teamB] = [(await createTeam(db, organisationId)).id, (await createTeam(db, organisationId)).id];
  [lead, admin, otherLead, outsider] = [await colleague("TEAM_LEAD", [teamA]), await colleague("ADMIN", []), await colleague("TEAM_LEAD", [teamB]), await colleague("PROFESSIONAL", [teamB])];
  members = [];
  for (let index = 0; index < 8; index++) members.push(await colleague("PROFESSIONAL", [teamA]));
});

/** Runs an action that ends in redirect(), and says where it went. */
async function redirectOf(action: Promise<unknown>): Promise<string | null> {
  try {
    await action;
    return null;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}

async function openTeamRound(user: SessionUser, teamId = teamA): Promise<string> {
  signInAs(user);
  const to = await redirectOf(openReflectionRoundAction(null, formData({ kind: "team", teamId })));
  expect(to).toMatch(/^\/reflectie\/\w+$/);
  return to!.split("/")[2];
}

const itemsOf = (roundId: string) => db.reflectionItem.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { itemId: true } });

/** This colleague answers every item of the round with `value` (the first item with `first`), then presses Klaar. */
async function rateAll(user: SessionUser, roundId: string, value: number | null, first: number | null = value) {
  signInAs(user);
  const items = await itemsOf(roundId);
  for (const [index, { itemId }] of items.entries()) {
    expect(await saveReflectionRatingAction({ roundId, itemId, value: index === 0 ? first : value })).toEqual({ ok: true, data: undefined });
  }
  expect(await finishReflectionAction({ roundId })).toEqual({ ok: true, data: undefined });
}

async function overviewFor(user: SessionUser, roundId: string): Promise<RoundOverview> {
  const round = await reflectionRoundFor(user, roundId, "read");
  expect(round).not.toBeNull();
  return getRoundOverview(round!, "nl");
}

async function setThreshold(value: number) {
  await db.organisation.update({ where: { id: organisationId }, data: { anonymityThreshold: value } });
}

describe("a team round", () => {
  it("asks about the praatplaat's themes and the 5 partnerships, in the professional's words", async () => {
    const roundId = await openTeamRound(lead);
    const sheet = await getReflectionSheet((await reflectionRoundFor(members[0], roundId, "rate"))!, "nl");
    expect(sheet.items.map((item) => item.instrumentKey)).toEqual([...Array(10).fill("praatplaat"), ...Array(5).fill("partnerships")]);
    expect(sheet.items[0]).toMatchObject({ title: "Denk vanuit het kind", statement: "Ik kijk eerst goed naar het kind en de situatie van het gezin." });
    expect(sheet.items.some((item) => item.itemKey === "own-theme")).toBe(false);
  });

  it("keeps each colleague's answers to themselves", async () => {
    const roundId = await openTeamRound(lead);
    await rateAll(members[0], roundId, 2);
    signInAs(members[1]);
    const [firstItem] = await itemsOf(roundId);
    await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: 5 });

    const sheet = await getReflectionSheet((await reflectionRoundFor(members[1], roundId, "rate"))!, "nl");
    expect(sheet.ratings).toEqual({ [firstItem.itemId]: 5 });
    // Nothing the other colleague or the team lead reads names the one who answered.
    for (const reader of [members[1], lead, admin]) {
      const text = JSON.stringify(await overviewFor(reader, roundId));
      expect(text).not.toContain(members[0].id);
      expect(text).not.toContain(members[0].name);
    }
    expect((await overviewFor(lead, roundId)).mine.ratings).toEqual({});
  });

  it("hides the spread below the threshold, says how many more are needed, and shows it at the threshold", async () => {
    const roundId = await openTeamRound(lead);
    for (const [index, member] of members.slice(0, 4).entries()) await rateAll(member, roundId, 4, index === 0 ? null : 5);

    const below = await overviewFor(members[5], roundId);
    expect(below).toMatchObject({ threshold: 5, finished: 4, published: 0, waiting: 4, needed: 1, members: 9 });
    expect(below.items.every((item) => item.spread === null)).toBe(true);

    await rateAll(members[4], roundId, 3);
    const at = await overviewFor(members[5], roundId);
    expect(at).toMatchObject({ finished: 5, published: 5, waiting: 0 });
    // First item: one "weet ik niet", three 5s and one 3; the others: four 4s and one 3.
    expect(at.items[0].spread).toEqual({ counts: [0, 0, 1, 0, 3], unknown: 1, people: 5 });
    expect(at.items[1].spread).toEqual({ counts: [0, 0, 1, 4, 0], unknown: 0, people: 5 });
  });

  it("adds later answers only together with at least the threshold of others, so the spread never moves by one colleague", async () => {
    await setThreshold(3);
    const roundId = await openTeamRound(lead);
    for (const member of members.slice(0, 3)) await rateAll(member, roundId, 4);
    const first = (await overviewFor(lead, roundId)).items.map((item) => item.spread);
    expect(first[0]).toMatchObject({ people: 3 });

    await rateAll(members[3], roundId, 1);
    await rateAll(members[4], roundId, 1);
    const waiting = await overviewFor(lead, roundId);
    expect(waiting.items.map((item) => item.spread)).toEqual(first);
    expect(waiting).toMatchObject({ published: 3, waiting: 2, needed: 1 });

    await rateAll(members[5], roundId, 1);
    const moved = await overviewFor(lead, roundId);
    expect(moved).toMatchObject({ published: 6, waiting: 0 });
    expect(moved.items[0].spread).toEqual({ counts: [3, 0, 0, 3, 0], unknown: 0, people: 6 });
  });

  it("never uses a threshold below 3, whatever is stored", async () => {
    await setThreshold(1);
    const roundId = await openTeamRound(lead);
    for (const member of members.slice(0, 2)) await rateAll(member, roundId, 4);
    expect(await overviewFor(lead, roundId)).toMatchObject({ threshold: 3, needed: 1, published: 0 });
    await rateAll(members[2], roundId, 4);
    expect(await overviewFor(lead, roundId)).toMatchObject({ published: 3 });
  });

  it("fixes a colleague's answers once they press Klaar, and only with every statement answered", async () => {
    const roundId = await openTeamRound(lead);
    signInAs(members[0]);
    const [firstItem] = await itemsOf(roundId);
    await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: 3 });
    expect(await finishReflectionAction({ roundId })).toMatchObject({ ok: false, message: "invalid", fieldErrors: { items: ["answerAll"] } });
    await rateAll(members[0], roundId, 3);
    expect(await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: 1 })).toMatchObject({ ok: false, message: "locked" });
    expect((await db.reflectionRating.findFirstOrThrow({ where: { roundId, itemId: firstItem.itemId } })).value).toBe(3);
  });
});

describe("the parents' view beside the spread", () => {
  /** Revealed, consented conversations of `families` new families of team A, each parent rating the pedagogical partnership `value`. */
  async function parentsRate(families: number, value: number) {
    const item = await db.item.findFirstOrThrow({ where: { key: "pedagogical" }, orderBy: { instrumentVersion: { version: "desc" } }, select: { id: true } });
    for (let index = 0; index < families; index++) {
      const family = await createFamily(db, organisationId, teamA);
      await db.conversation.create({
        data: {
          organisationId,
          teamId: teamA,
          familyId: family.id,
          phaseKey: "main",
          status: "REVEALED",
          consentToAggregate: true,
          items: { create: { itemId: item.id, position: 0 } },
          ratings: { create: { itemId: item.id, side: "PARENT", value, ratedAt: new Date() } },
        },
      });
    }
    await rebuildAllBlocks(db);
  }

  const pedagogical = (overview: RoundOverview) => overview.items.find((item) => item.itemKey === "pedagogical")!.parents;

  it("follows the dashboard's threshold, for the team lead and for the members alike", async () => {
    const roundId = await openTeamRound(lead);
    await parentsRate(4, 4);
    expect(pedagogical(await overviewFor(lead, roundId))).toEqual({ suppressed: true });
    expect(pedagogical(await overviewFor(members[0], roundId))).toEqual({ suppressed: true });

    await parentsRate(1, 2);
    const dashboard = await dashboardFor(lead, { teamId: teamA }, "nl");
    const onDashboard = dashboard!.items.find((item) => item.itemKey === "pedagogical")!.parent;
    expect(onDashboard).toEqual({ suppressed: false, average: 3.6, familiesAtLeast: 5 });
    expect(pedagogical(await overviewFor(lead, roundId))).toEqual(onDashboard);
    expect(pedagogical(await overviewFor(members[0], roundId))).toEqual(onDashboard);
    // Themes nobody's parents rated say so too.
    expect((await overviewFor(lead, roundId)).items[0].parents).toEqual({ suppressed: true });
  });

  it("is the round's own team's only", async () => {
    const roundId = await openTeamRound(otherLead, teamB);
    await parentsRate(6, 5);
    expect(pedagogical(await overviewFor(otherLead, roundId))).toEqual({ suppressed: true });
  });
});

describe("who may do what", () => {
  it("only the team lead of the team, or the admin, opens a round", async () => {
    for (const user of [members[0], otherLead, outsider]) {
      signInAs(user);
      expect(await openReflectionRoundAction(null, formData({ kind: "team", teamId: teamA }))).toMatchObject({ ok: false, message: "notFound" });
    }
    expect(await db.reflectionRound.count()).toBe(0);
    await openTeamRound(admin, teamB);
    const roundId = await openTeamRound(lead);
    // A second "open" goes to the round that is open: one at a time per team.
    expect(await openTeamRound(lead)).toBe(roundId);
    expect(await db.reflectionRound.count({ where: { teamId: teamA } })).toBe(1);
  });

  it("writes a team round's opening and closing into the audit trail once, with the team's name; a burst of opens makes one round", async () => {
    signInAs(lead);
    const opened = await Promise.all(Array.from({ length: 10 }, () => redirectOf(openReflectionRoundAction(null, formData({ kind: "team", teamId: teamA })))));
    expect(new Set(opened).size).toBe(1);
    expect(await db.reflectionRound.count({ where: { teamId: teamA } })).toBe(1);
    const roundId = opened[0]!.split("/")[2];
    await Promise.all(Array.from({ length: 5 }, () => closeReflectionRoundAction(null, formData({ roundId }))));
    const { name } = await db.team.findUniqueOrThrow({ where: { id: teamA }, select: { name: true } });
    const trail = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, subjectLabel: true, familyId: true } });
    expect(trail).toEqual([
      { action: "REFLECTION_ROUND_OPENED", actorId: lead.id, subjectLabel: name, familyId: null },
      { action: "REFLECTION_ROUND_CLOSED", actorId: lead.id, subjectLabel: name, familyId: null },
    ]);
  });

  it("only the team lead of the team, or the admin, closes it; then nobody rates, and the spread and agreements stay", async () => {
    const roundId = await openTeamRound(lead);
    for (const user of [members[0], otherLead, outsider]) {
      signInAs(user);
      expect(await closeReflectionRoundAction(null, formData({ roundId }))).toMatchObject({ ok: false, message: "notFound" });
    }
    expect((await db.reflectionRound.findUniqueOrThrow({ where: { id: roundId } })).closedAt).toBeNull();
    signInAs(lead);
    expect(await closeReflectionRoundAction(null, formData({ roundId }))).toEqual({ ok: true, data: undefined });
    signInAs(members[0]);
    const [firstItem] = await itemsOf(roundId);
    expect(await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: 3 })).toMatchObject({ ok: false, message: "notFound" });
    expect(await addTeamAgreementAction(null, formData({ roundId, text: "Elke maand één thema", owner: "iedereen" }))).toMatchObject({ ok: true });
    expect((await overviewFor(members[0], roundId)).agreements).toHaveLength(1);
  });

  it("a member of another team gets nothing: not the round, not its spread, no writes", async () => {
    const roundId = await openTeamRound(lead);
    for (const member of members.slice(0, 5)) await rateAll(member, roundId, 4);
    for (const mode of ["read", "rate", "agree", "manage"] as const) expect(await reflectionRoundFor(outsider, roundId, mode)).toBeNull();
    const home = await getReflectionHome(outsider);
    expect(home.teams.map((team) => team.id)).toEqual([teamB]);
    signInAs(outsider);
    const [firstItem] = await itemsOf(roundId);
    const before = await databaseChecksum((sql) => db.$queryRawUnsafe(sql));
    expect(await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: 1 })).toMatchObject({ ok: false, message: "notFound" });
    expect(await finishReflectionAction({ roundId })).toMatchObject({ ok: false, message: "notFound" });
    expect(await addTeamAgreementAction(null, formData({ roundId, text: "Ingebroken", owner: "ik" }))).toMatchObject({ ok: false, message: "notFound" });
    expect(await databaseChecksum((sql) => db.$queryRawUnsafe(sql))).toEqual(before);
  });

  it("members and the admin record the team's agreements and mark them done; the team lead reads the spread without rating", async () => {
    const roundId = await openTeamRound(lead);
    signInAs(members[2]);
    expect(await addTeamAgreementAction(null, formData({ roundId, text: "Vraag ouders hoe het gesprek ging", owner: "iedereen", dueDate: "2027-03-01" }))).toEqual({ ok: true, data: undefined });
    signInAs(admin);
    expect(await addTeamAgreementAction(null, formData({ roundId, text: "Thema op de teamdag", owner: "Tamara" }))).toEqual({ ok: true, data: undefined });
    const [agreement] = (await overviewFor(lead, roundId)).agreements;
    expect(agreement).toMatchObject({ text: "Vraag ouders hoe het gesprek ging", owner: "iedereen", dueDate: "2027-03-01", status: "OPEN" });
    signInAs(members[3]);
    expect(await lookBackOnTeamAgreementAction(null, formData({ roundId, agreementId: agreement.id, status: "DONE" }))).toEqual({ ok: true, data: undefined });
    expect((await overviewFor(admin, roundId)).agreements[0].status).toBe("DONE");
    expect(await reflectionRoundFor(admin, roundId, "rate")).toBeNull();
    expect(await reflectionRoundFor(lead, roundId, "rate")).not.toBeNull();
  });
});

describe("a professional's own reflection", () => {
  async function openOwn(user: SessionUser): Promise<string> {
    signInAs(user);
    const to = await redirectOf(openReflectionRoundAction(null, formData({ kind: "own" })));
    expect(to).toMatch(/^\/reflectie\/\w+\/invullen$/);
    return to!.split("/")[2];
  }

  it("is visible to that professional only, and closes when they are done", async () => {
    const roundId = await openOwn(members[0]);
    expect(await openOwn(members[0])).toBe(roundId);
    for (const user of [members[1], lead, admin, outsider]) {
      for (const mode of ["read", "rate", "agree", "manage"] as const) expect(await reflectionRoundFor(user, roundId, mode)).toBeNull();
      expect((await getReflectionHome(user)).own).toEqual({ open: null, earlier: [] });
    }
    await rateAll(members[0], roundId, 4, 2);
    const own = await overviewFor(members[0], roundId);
    expect(own.closedAt).not.toBeNull();
    expect(own.items[0]).toMatchObject({ spread: null, parents: null });
    expect(own.mine.ratings[own.items[0].itemId]).toBe(2);
    expect((await getReflectionHome(members[0])).own.earlier.map((round) => round.id)).toEqual([roundId]);
    // Another colleague's agreement or close cannot reach it.
    signInAs(members[1]);
    expect(await addTeamAgreementAction(null, formData({ roundId, text: "X", owner: "Y" }))).toMatchObject({ ok: false, message: "notFound" });
    signInAs(admin);
    expect(await closeReflectionRoundAction(null, formData({ roundId }))).toMatchObject({ ok: false, message: "notFound" });
    // One's own reflection is one's own business: the organisation's audit trail does not list it.
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("bad input", () => {
  it("gets a kind refusal and changes nothing", async () => {
    const roundId = await openTeamRound(lead);
    const ownRound = (await db.reflectionRound.create({ data: { organisationId, ownerId: members[1].id }, select: { id: true } })).id;
    const otherItem = await db.item.findFirstOrThrow({ where: { key: "feel-important" }, select: { id: true } });
    const [firstItem] = await itemsOf(roundId);
    signInAs(members[0]);
    const before = await databaseChecksum((sql) => db.$queryRawUnsafe(sql));
    const refusals = [
      await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: 7 }),
      await saveReflectionRatingAction({ roundId, itemId: firstItem.itemId, value: "4" }),
      await saveReflectionRatingAction({ roundId, itemId: otherItem.id, value: 4 }),
      await saveReflectionRatingAction({ roundId: ownRound, itemId: firstItem.itemId, value: 4 }),
      await saveReflectionRatingAction({ roundId: "x'; DROP TABLE \"Reflection\";--", itemId: firstItem.itemId, value: 4 }),
      await finishReflectionAction({ roundId }),
      await finishReflectionAction("not an object"),
      await openReflectionRoundAction(null, formData({ kind: "everyone", teamId: teamA })),
      await addTeamAgreementAction(null, formData({ roundId, text: "  ", owner: "iedereen" })),
      await addTeamAgreementAction(null, formData({ roundId, text: "Goed plan", owner: "x".repeat(81) })),
      await addTeamAgreementAction(null, formData({ roundId, text: "Goed plan", owner: "iedereen", dueDate: "2027-02-30" })),
      await lookBackOnTeamAgreementAction(null, formData({ roundId, agreementId: "unknown", status: "DONE" })),
      await lookBackOnTeamAgreementAction(null, formData({ roundId, agreementId: "unknown", status: "NOT_DONE" })),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false });
    expect(refusals.map((refusal) => (refusal as { message: string }).message)).not.toContain("unexpected");
    expect(await databaseChecksum((sql) => db.$queryRawUnsafe(sql))).toEqual(before);
  });
});
