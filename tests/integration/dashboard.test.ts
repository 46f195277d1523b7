import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import { getDashboard, type Dashboard, type SideAverage } from "@/lib/data/dashboard";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { asSessionUser, createFamily, createOrganisation, createTeam, createUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

type Answer = { item: string; parent: number | null; professional: number | null };

let organisationId: string;
let teamA: string;
let teamB: string;
let itemIds: Map<string, string>;
let lead: SessionUser;
let admin: SessionUser;
let professional: SessionUser;

beforeAll(async () => {
  await resetDatabase(db);
  await seedContent(db);
  const items = await db.item.findMany({ where: { instrumentVersion: { instrument: { key: "twelve-questions" } } }, select: { id: true, key: true } });
  itemIds = new Map(items.map((item) => [item.key, item.id]));
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

async function conversation(teamId: string, answers: Answer[], options: { consent?: boolean | null; revealed?: boolean; phase?: string; at?: Date } = {}) {
  const family = await createFamily(db, organisationId, teamId);
  const at = options.at ?? new Date("2026-10-15T10:00:00Z");
  await db.conversation.create({
    data: {
      organisationId,
      teamId,
      familyId: family.id,
      phaseKey: options.phase ?? "main",
      status: options.revealed === false ? "RATING" : "REVEALED",
      consentToAggregate: options.consent === undefined ? true : options.consent,
      createdAt: at,
      items: { create: answers.map((answer, position) => ({ itemId: itemIds.get(answer.item)!, position })) },
      ratings: {
        create: answers.flatMap((answer) =>
          (["parent", "professional"] as const).map((side) => ({
            itemId: itemIds.get(answer.item)!,
            side: side === "parent" ? ("PARENT" as const) : ("PROFESSIONAL" as const),
            value: answer[side],
            answeredAt: at,
          })),
        ),
      },
    },
  });
  return family.id;
}

const shown = (value: SideAverage) => (value.suppressed ? null : value.average);
const item = (dashboard: Dashboard, key: string) => dashboard.items.find((entry) => entry.itemKey === key)!;

describe("dashboard figures", () => {
  it("match a straightforward computation, counting only consented, revealed conversations of the team", async () => {
    const parents = [2, 3, 3, 4, 5, null];
    const professionals = [5, 5, 4, 4, 5, 4];
    for (const [index, parent] of parents.entries()) {
      await conversation(teamA, [{ item: "feel-important", parent, professional: professionals[index] }]);
    }
    // None of these may count: no consent, consent not asked, not revealed, another team.
    await conversation(teamA, [{ item: "feel-important", parent: 1, professional: 1 }], { consent: false });
    await conversation(teamA, [{ item: "feel-important", parent: 1, professional: 1 }], { consent: null });
    await conversation(teamA, [{ item: "feel-important", parent: 1, professional: 1 }], { revealed: false });
    await conversation(teamB, [{ item: "feel-important", parent: 1, professional: 1 }]);

    const dashboard = (await getDashboard(lead, {}, "nl"))!;
    const answered = parents.filter((value): value is number => value !== null);
    const expectedParent = Math.round((answered.reduce((a, b) => a + b, 0) / answered.length) * 10) / 10;
    const expectedProfessional = Math.round((professionals.reduce((a, b) => a + b, 0) / professionals.length) * 10) / 10;
    const figures = item(dashboard, "feel-important");
    expect(shown(figures.parent)).toBe(expectedParent);
    expect(shown(figures.professional)).toBe(expectedProfessional);
    expect(figures.gap).toBe(Math.round((expectedProfessional - expectedParent) * 10) / 10);
    expect(dashboard.overview).toEqual({ suppressed: false, conversations: 6, families: 6 });
    expect(dashboard.trend).toEqual([{ month: "2026-10", parent: figures.parent, professional: figures.professional }]);
  });

  it("shows 'too few' for anything about fewer than 5 families, whatever the filters", async () => {
    for (let family = 0; family < 5; family++) {
      await conversation(teamA, [{ item: "feel-important", parent: 3, professional: 4 }], { phase: family < 4 ? "main" : "pre" });
    }
    await conversation(teamA, [{ item: "take-initiative", parent: 2, professional: 5 }]);
    const all = (await getDashboard(lead, {}, "nl"))!;
    expect(shown(item(all, "feel-important").parent)).toBe(3);
    expect(item(all, "take-initiative").parent).toEqual({ suppressed: true });
    expect(item(all, "take-initiative").gap).toBeNull();

    for (const phase of [undefined, "pre", "main", "post"] as const) {
      for (const instrument of [undefined, "twelve-questions", "praatplaat", "partnerships"] as const) {
        for (const teamId of [undefined, teamA, teamB]) {
          for (const user of [lead, admin]) {
            const dashboard = (await getDashboard(user, { phase, instrument, teamId }, "nl"))!;
            const cells = [
              dashboard.overview,
              dashboard.agreements,
              ...dashboard.items.flatMap((entry) => [entry.parent, entry.professional]),
              ...dashboard.clusters.flatMap((entry) => [entry.parent, entry.professional]),
              ...dashboard.trend.flatMap((entry) => [entry.parent, entry.professional]),
              ...dashboard.phases.map((entry) => entry.conversations),
            ];
            for (const cell of cells) if (!cell.suppressed) expect(cell.families).toBeGreaterThanOrEqual(5);
          }
        }
      }
    }
    const preOnly = (await getDashboard(lead, { phase: "pre" }, "nl"))!;
    expect(item(preOnly, "feel-important").parent).toEqual({ suppressed: true });
  });

  it("uses the organisation's threshold, but never below 3", async () => {
    for (let family = 0; family < 3; family++) await conversation(teamA, [{ item: "feel-important", parent: 4, professional: 4 }]);
    await db.organisation.update({ where: { id: organisationId }, data: { anonymityThreshold: 1 } });
    const dashboard = (await getDashboard(lead, {}, "nl"))!;
    expect(dashboard.threshold).toBe(3);
    expect(shown(item(dashboard, "feel-important").parent)).toBe(4);
  });
});

describe("who sees which dashboard", () => {
  it("a team lead sees only their own team, even when asking for another", async () => {
    const dashboard = (await getDashboard(lead, { teamId: teamB }, "nl"))!;
    expect(dashboard.teamId).toBe(teamA);
    expect(dashboard.teams.map((team) => team.id)).toEqual([teamA]);
  });

  it("an admin sees the organisation, or one team of it", async () => {
    expect((await getDashboard(admin, {}, "nl"))!.teamId).toBeNull();
    expect((await getDashboard(admin, { teamId: teamB }, "nl"))!.teamId).toBe(teamB);
    expect((await getDashboard(admin, {}, "nl"))!.teams.map((team) => team.id).sort()).toEqual([teamA, teamB].sort());
  });

  it("a professional has no dashboard, and nobody sees another organisation's teams", async () => {
    expect(await getDashboard(professional, {}, "nl")).toBeNull();
    const other = await createOrganisation(db);
    const otherAdmin = asSessionUser(await createUser(db, other.id, "ADMIN"), []);
    await createTeam(db, other.id);
    const dashboard = (await getDashboard(otherAdmin, { teamId: teamA }, "nl"))!;
    expect(dashboard.teams.map((team) => team.id)).not.toContain(teamA);
    expect(dashboard.teamId).toBeNull();
  });
});
