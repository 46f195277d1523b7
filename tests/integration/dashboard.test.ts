import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import { rebuildAllBlocks, refreshBlocksOf } from "@/lib/dashboard/blocks";
import type { Dashboard, SideAverage } from "@/lib/dashboard/types";
import { dashboardFor } from "@/lib/data/dashboard";
import { db } from "@/lib/db";
import type { TDashboardFilters } from "@/lib/validations/dashboard";
import { seedContent } from "@/prisma/seed/content";
import { referenceDashboard, type ReferenceConversation, type ReferenceView } from "../support/dashboard-reference";
import { asSessionUser, createFamily, createOrganisation, createTeam, createUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

type CatalogueItem = { id: string; instrumentKey: string; itemKey: string; clusterKey: string | null };

let organisationId: string;
let teamA: string;
let teamB: string;
let items: CatalogueItem[];
let lead: SessionUser;
let admin: SessionUser;
let professional: SessionUser;

beforeAll(async () => {
  await resetDatabase(db);
  await seedContent(db);
  const rows = await db.item.findMany({
    where: { kind: { not: "OPEN_THEME" }, instrumentVersion: { instrument: { key: { in: ["twelve-questions", "partnerships"] } } } },
    select: { id: true, key: true, cluster: { select: { key: true } }, instrumentVersion: { select: { instrument: { select: { key: true } } } } },
    orderBy: { position: "asc" },
  });
  items = rows.map((row) => ({ id: row.id, itemKey: row.key, clusterKey: row.cluster?.key ?? null, instrumentKey: row.instrumentVersion.instrument.key }));
});

beforeEach(async () => {
  // Keep the seeded content; empty everything the tests create.
  await db.organisation.deleteMany();
  await db.loginAttempt.deleteMany();
  const organisation = await createOrganisation(db);
  organisationId = organisation.id;
  teamA = (await createTeam(db, organisationId)).id;
  teamB = (await createTeam(db, organisationId)).id;
  lead = asSessionUser(await createUser(db, organisationId, "TEAM_LEAD", [teamA]), [teamA]);
  admin = asSessionUser(await createUser(db, organisationId, "ADMIN"), []);
  professional = asSessionUser(await createUser(db, organisationId, "PROFESSIONAL", [teamA]), [teamA]);
});

const item = (key: string) => items.find((candidate) => candidate.itemKey === key)!;

/** Stores a conversation the way the app leaves it, and publishes the dashboard as it now is. */
async function store(conversation: Omit<ReferenceConversation, "id">): Promise<ReferenceConversation> {
  const answered = [...new Map(conversation.answers.map((answer) => [`${answer.instrumentKey}/${answer.itemKey}`, answer])).values()];
  const itemId = (answer: { instrumentKey: string; itemKey: string }) =>
    items.find((candidate) => candidate.instrumentKey === answer.instrumentKey && candidate.itemKey === answer.itemKey)!.id;
  const created = await db.conversation.create({
    data: {
      organisationId,
      teamId: conversation.teamId,
      familyId: conversation.familyId,
      professionalId: conversation.professionalId,
      phaseKey: conversation.phase,
      status: conversation.revealed ? "REVEALED" : "RATING",
      consentToAggregate: conversation.consent,
      createdAt: conversation.at,
      items: { create: answered.map((answer, position) => ({ itemId: itemId(answer), position })) },
      ratings: {
        create: conversation.answers.map((answer) => ({ itemId: itemId(answer), side: answer.side, value: answer.value, ratedAt: conversation.at })),
      },
      agreements: {
        create: conversation.agreements.map((agreement) => ({ familyId: conversation.familyId, text: "Afspraak", owner: "TOGETHER" as const, ...agreement })),
      },
    },
    select: { id: true },
  });
  await rebuildAllBlocks(db);
  return { ...conversation, id: created.id };
}

/** One conversation of a new family about the given items, both sides answering. */
async function simple(teamId: string, answers: { item: string; parent: number | null; professional: number | null }[], options: Partial<ReferenceConversation> = {}) {
  const family = await createFamily(db, organisationId, teamId);
  return store({
    teamId,
    familyId: family.id,
    professionalId: null,
    phase: "main",
    at: new Date("2026-10-15T10:00:00Z"),
    consent: true,
    revealed: true,
    agreements: [],
    answers: answers.flatMap((answer) =>
      (["PARENT", "PROFESSIONAL"] as const).map((side) => ({
        ...item(answer.item),
        side,
        value: side === "PARENT" ? answer.parent : answer.professional,
      })),
    ),
    ...options,
  });
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two teams, three quarters, every phase, some without consent or not revealed, agreements in every state. */
async function storeVariedTeams(): Promise<ReferenceConversation[]> {
  const next = random(20261122);
  const pick = <T,>(values: T[]) => values[Math.floor(next() * values.length)];
  const chosenItems = [...items.filter((entry) => entry.instrumentKey === "twelve-questions").slice(0, 3), ...items.filter((entry) => entry.clusterKey).slice(0, 4)];
  const stored: ReferenceConversation[] = [];
  for (const [teamId, families] of [[teamA, 16], [teamB, 7]] as const) {
    for (let index = 0; index < families; index++) {
      const family = await createFamily(db, organisationId, teamId);
      for (let round = 0; round < 1 + Math.floor(next() * 3); round++) {
        const instruments = next() < 0.6 ? ["twelve-questions", "partnerships"] : ["twelve-questions"];
        const at = new Date(Date.UTC(2026, pick([3, 5, 7, 8, 9, 10]), 1 + Math.floor(next() * 20), 12));
        stored.push(
          await store({
            teamId,
            familyId: family.id,
            professionalId: null,
            phase: pick(["pre", "main", "main", "main", "post"]),
            at,
            consent: pick([true, true, true, true, true, true, false, null]),
            revealed: next() < 0.9,
            answers: chosenItems
              .filter((entry) => instruments.includes(entry.instrumentKey))
              .flatMap((entry) =>
                (["PARENT", "PROFESSIONAL"] as const).map((side) => ({ ...entry, side, value: next() < 0.1 ? null : 1 + Math.floor(next() * 5) })),
              ),
            agreements: Array.from({ length: Math.floor(next() * 3) }, () => ({
              status: pick(["OPEN", "DONE", "NOT_DONE"] as const),
              dueDate: next() < 0.2 ? null : new Date(Date.UTC(2026, pick([6, 9, 11, 13]), 1)),
            })),
          }),
        );
      }
    }
  }
  return stored;
}

const shown = (value: SideAverage) => (value.suppressed ? null : value.average);
const itemOf = (dashboard: Dashboard, key: string) => dashboard.items.find((entry) => entry.itemKey === key)!;

/** Every figure of the dashboard, next to the plain computation of the same view. */
function expectSameFigures(dashboard: Dashboard, expected: ReturnType<typeof referenceDashboard>, view: string) {
  for (const entry of dashboard.items) {
    const reference = expected.items.get(`${entry.instrumentKey}/${entry.itemKey}`) ?? { parent: null, professional: null };
    expect({ view, item: entry.itemKey, parent: shown(entry.parent), professional: shown(entry.professional) }).toEqual({ view, item: entry.itemKey, ...reference });
  }
  for (const cluster of dashboard.clusters) {
    const reference = expected.clusters.get(cluster.key) ?? { parent: null, professional: null };
    expect({ view, cluster: cluster.key, parent: shown(cluster.parent), professional: shown(cluster.professional) }).toEqual({ view, cluster: cluster.key, ...reference });
  }
  // The trend lists every quarter of the period; those without figures say so.
  expect({ view, trend: dashboard.trend.map((row) => [row.quarter, shown(row.parent), shown(row.professional)]) }).toEqual({
    view,
    trend: dashboard.trend.map(({ quarter }) => [quarter, expected.trend.get(quarter)?.parent ?? null, expected.trend.get(quarter)?.professional ?? null]),
  });
  expect(dashboard.trend.map((row) => row.quarter)).toEqual(expect.arrayContaining([...expected.trend.keys()]));
  expect({ view, overview: dashboard.overview.suppressed ? null : { conversations: dashboard.overview.conversations, families: dashboard.overview.families } }).toEqual({
    view,
    overview: expected.overview,
  });
  expect({ view, phases: dashboard.phases.map((phase) => (phase.conversations.suppressed ? null : phase.conversations.count)) }).toEqual({
    view,
    phases: dashboard.phases.map((phase) => expected.phases.get(phase.key) ?? null),
  });
  const { agreements } = dashboard;
  expect({ view, agreements: agreements.suppressed ? null : { done: agreements.done, notDone: agreements.notDone, open: agreements.open, overdue: agreements.overdue } }).toEqual({
    view,
    agreements: expected.agreements,
  });
}

describe("dashboard figures", () => {
  it("equal a plain computation for every view: teams, periods, phases and instruments, at two thresholds", async () => {
    const conversations = await storeVariedTeams();
    const views: { user: SessionUser; filters: TDashboardFilters; teamIds: string[] }[] = [
      { user: lead, filters: {}, teamIds: [teamA] },
      { user: admin, filters: {}, teamIds: [teamA, teamB] },
      { user: admin, filters: { teamId: teamB }, teamIds: [teamB] },
    ];
    let shownFigures = 0;
    for (const threshold of [3, 5]) {
      await db.organisation.update({ where: { id: organisationId }, data: { anonymityThreshold: threshold } });
      for (const { user, filters, teamIds } of views) {
        for (const phase of [undefined, "pre", "main", "post"] as const) {
          for (const instrument of [undefined, "twelve-questions", "partnerships"] as const) {
            for (const period of [{}, { from: "2026-Q3" }, { to: "2026-Q3" }, { from: "2026-Q4", to: "2026-Q4" }]) {
              const view: ReferenceView = { teamIds, threshold, phase, instrument, ...period };
              const dashboard = (await dashboardFor(user, { ...filters, phase, instrument, ...period }, "nl"))!;
              expectSameFigures(dashboard, referenceDashboard(conversations, view), JSON.stringify(view));
              shownFigures += dashboard.items.filter((entry) => !entry.parent.suppressed).length;
            }
          }
        }
      }
    }
    // The data must be rich enough that both shown and suppressed figures were compared.
    expect(shownFigures).toBeGreaterThan(50);
  }, 120_000);

  it("publishes, from the conversations' ids, exactly the blocks with enough families, the same as a rebuild", async () => {
    await storeVariedTeams();
    const snapshot = async () => ({
      ratings: await db.ratingBlock.findMany({ orderBy: [{ teamId: "asc" }, { quarter: "asc" }, { phaseKey: "asc" }, { instrumentKey: "asc" }, { itemKey: "asc" }, { side: "asc" }] }),
      conversations: await db.conversationBlock.findMany({ orderBy: [{ teamId: "asc" }, { quarter: "asc" }, { phaseKey: "asc" }] }),
      members: await db.blockConversation.findMany({ orderBy: [{ teamId: "asc" }, { quarter: "asc" }, { phaseKey: "asc" }, { conversationId: "asc" }] }),
    });
    const rebuilt = await snapshot();
    expect(rebuilt.ratings.length).toBeGreaterThan(20);
    // Nothing published yet; then every conversation at once, as after a bulk change.
    await db.$executeRaw`DELETE FROM "RatingBlock"`;
    await db.$executeRaw`DELETE FROM "ConversationBlock"`;
    await db.$executeRaw`DELETE FROM "BlockConversation"`;
    const all = await db.conversation.findMany({ select: { id: true } });
    const published = await refreshBlocksOf(db, all.map((conversation) => conversation.id));
    const big = rebuilt.conversations.filter((block) => block.families >= 5);
    const small = rebuilt.conversations.filter((block) => block.families < 5);
    expect(big.length).toBeGreaterThan(0);
    expect(small.length).toBeGreaterThan(0);
    expect(published).toHaveLength(big.length);
    const isBig = (row: { teamId: string; quarter: Date; phaseKey: string }) =>
      big.some((block) => block.teamId === row.teamId && block.quarter.getTime() === row.quarter.getTime() && block.phaseKey === row.phaseKey);
    expect(await snapshot()).toEqual({
      ratings: rebuilt.ratings.filter(isBig),
      conversations: big,
      members: rebuilt.members.filter(isBig),
    });
  });

  it("counts only consented, revealed conversations of the team", async () => {
    const parents = [2, 3, 3, 4, 5, null];
    const professionals = [5, 5, 4, 4, 5, 4];
    for (const [index, parent] of parents.entries()) await simple(teamA, [{ item: "feel-important", parent, professional: professionals[index] }]);
    // None of these may count: no consent, consent not asked, not revealed, another team.
    await simple(teamA, [{ item: "feel-important", parent: 1, professional: 1 }], { consent: false });
    await simple(teamA, [{ item: "feel-important", parent: 1, professional: 1 }], { consent: null });
    await simple(teamA, [{ item: "feel-important", parent: 1, professional: 1 }], { revealed: false });
    await simple(teamB, [{ item: "feel-important", parent: 1, professional: 1 }]);

    const figures = itemOf((await dashboardFor(lead, {}, "nl"))!, "feel-important");
    // 17/5 = 3.4 for the five parents who answered; 27/6 = 4.5 for the professionals.
    expect(shown(figures.parent)).toBe(3.4);
    expect(shown(figures.professional)).toBe(4.5);
    expect(figures.gap).toBe(1.1);
  });

  it("cannot be made to reveal a small group by comparing two views", async () => {
    // Five families in the third quarter's main phase: shown. One more family in each of another
    // quarter, another phase and another team: each alone would be below the threshold.
    for (let family = 0; family < 5; family++) await simple(teamA, [{ item: "feel-important", parent: 4, professional: 4 }], { at: new Date("2026-08-10T10:00:00Z") });
    await simple(teamA, [{ item: "feel-important", parent: 1, professional: 5 }], { at: new Date("2026-10-10T10:00:00Z") });
    await simple(teamA, [{ item: "feel-important", parent: 1, professional: 5 }], { at: new Date("2026-08-12T10:00:00Z"), phase: "pre" });
    await simple(teamB, [{ item: "feel-important", parent: 1, professional: 5 }], { at: new Date("2026-08-12T10:00:00Z") });

    const figures = async (user: SessionUser, filters: TDashboardFilters) => {
      const dashboard = (await dashboardFor(user, filters, "nl"))!;
      const entry = itemOf(dashboard, "feel-important");
      const trend = dashboard.trend.filter((row) => !row.parent.suppressed || !row.professional.suppressed);
      return {
        parent: shown(entry.parent),
        professional: shown(entry.professional),
        overview: dashboard.overview,
        trend: trend.map((row) => [row.quarter, shown(row.parent), shown(row.professional)]),
      };
    };
    const base = await figures(lead, { from: "2026-Q3", to: "2026-Q3", phase: "main" });
    expect(base.parent).toBe(4);
    // Widening the period, the phase or the scope adds nothing: the single families' blocks never count.
    expect(await figures(lead, { from: "2026-Q3", phase: "main" })).toEqual(base);
    expect(await figures(lead, { from: "2026-Q3", to: "2026-Q3" })).toEqual(base);
    expect(await figures(lead, {})).toEqual(base);
    expect(await figures(admin, {})).toEqual(base);
    // Counts ignore the instrument filter: "with the partnerships" minus "all" could be one family.
    expect((await dashboardFor(lead, { instrument: "partnerships" }, "nl"))!.overview).toEqual((await dashboardFor(lead, {}, "nl"))!.overview);
  });

  it("uses the organisation's threshold, but never below 3", async () => {
    for (let family = 0; family < 3; family++) await simple(teamA, [{ item: "feel-important", parent: 4, professional: 4 }]);
    await db.organisation.update({ where: { id: organisationId }, data: { anonymityThreshold: 1 } });
    const dashboard = (await dashboardFor(lead, {}, "nl"))!;
    expect(dashboard.threshold).toBe(3);
    expect(shown(itemOf(dashboard, "feel-important").parent)).toBe(4);
    await db.organisation.update({ where: { id: organisationId }, data: { anonymityThreshold: 4 } });
    expect(itemOf((await dashboardFor(lead, {}, "nl"))!, "feel-important").parent).toEqual({ suppressed: true });
  });

  it("shows each professional's activity, never their scores, and their agreements only about enough families", async () => {
    const busy = await createUser(db, organisationId, "PROFESSIONAL", [teamA]);
    const agreements = [{ status: "DONE" as const, dueDate: null }];
    for (let family = 0; family < 5; family++) {
      await simple(teamA, [{ item: "feel-important", parent: 2, professional: 5 }], { professionalId: busy.id, agreements });
    }
    await simple(teamA, [{ item: "feel-important", parent: 2, professional: 5 }], { professionalId: professional.id, agreements });
    const activity = (await dashboardFor(lead, {}, "nl"))!.activity!;
    expect(activity.find((person) => person.name === busy.name)).toEqual({
      name: busy.name,
      conversations: 5,
      agreements: { suppressed: false, done: 5, notDone: 0, open: 0, familiesAtLeast: 5 },
    });
    expect(activity.find((person) => person.name === professional.name)).toEqual({ name: professional.name, conversations: 1, agreements: { suppressed: true } });
    expect(JSON.stringify(activity)).not.toMatch(/average|parent/i);
    // Agreements stay all-time whatever the period: two periods subtracted could be one family.
    const later = (await dashboardFor(lead, { from: "2027-Q1" }, "nl"))!.activity!.find((person) => person.name === busy.name)!;
    expect(later.conversations).toBe(0);
    expect(later.agreements).toMatchObject({ suppressed: false, done: 5 });
    // The whole organisation has no per-person list.
    expect((await dashboardFor(admin, {}, "nl"))!.activity).toBeNull();
  });
});

describe("who sees which dashboard", () => {
  it("a team lead sees only their own team, even when asking for another", async () => {
    const dashboard = (await dashboardFor(lead, { teamId: teamB }, "nl"))!;
    expect(dashboard.teamId).toBe(teamA);
    expect(dashboard.teams.map((team) => team.id)).toEqual([teamA]);
  });

  it("an admin sees the organisation, or one team of it", async () => {
    expect((await dashboardFor(admin, {}, "nl"))!.teamId).toBeNull();
    expect((await dashboardFor(admin, { teamId: teamB }, "nl"))!.teamId).toBe(teamB);
    expect((await dashboardFor(admin, {}, "nl"))!.teams.map((team) => team.id).sort()).toEqual([teamA, teamB].sort());
  });

  it("a professional has no dashboard, and nobody sees another organisation's teams", async () => {
    expect(await dashboardFor(professional, {}, "nl")).toBeNull();
    const other = await createOrganisation(db);
    const otherAdmin = asSessionUser(await createUser(db, other.id, "ADMIN"), []);
    await createTeam(db, other.id);
    const dashboard = (await dashboardFor(otherAdmin, { teamId: teamA }, "nl"))!;
    expect(dashboard.teams.map((team) => team.id)).not.toContain(teamA);
    expect(dashboard.teamId).toBeNull();
  });
});
