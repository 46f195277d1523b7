import { setConversationLanguageAction } from "@/lib/actions/parent-language";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { conversationFor, dashboardScope, familyFor, reflectionRoundFor } from "@/lib/auth/gate";
import { getCurrentUser } from "@/lib/auth/session";
import { createFamilyAction, deleteFamilyAction, updateFamilyAction } from "@/lib/actions/families";
import {
  createTeamAction,
  setAnonymityThresholdAction,
  setRetentionAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/organisation";
import { addAgreementAction, editAgreementAction, lookBackOnAgreementAction, saveNoteAction, setAppointmentAction, tickOffAgreementAction } from "@/lib/actions/agreements";
import { createJoinCodeAction, enterParentModeAction, revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import { createUserAction, sendPasswordLinkAction } from "@/lib/actions/invitations";
import { setPinAction } from "@/lib/actions/settings";
import { addTeamAgreementAction, closeReflectionRoundAction, finishReflectionAction, openReflectionRoundAction, lookBackOnTeamAgreementAction, saveReflectionRatingAction } from "@/lib/actions/reflection";
import { startParentMode } from "@/lib/conversation/cookies";
import { listAuditEvents } from "@/lib/data/audit";
import { listFamilies, openFamily } from "@/lib/data/families";
import { getOrganisationOverview, getUserForAdmin, listTeamOptions } from "@/lib/data/organisation";
import { actorNames, createConversationFixture, createReflectionFixture, createWorld, FIXTURE_PASSWORD, type ActorName, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

// The session is the one thing a test cannot get from a browser here, so it is set per cell;
// everything after it (zod, the resource checks, the queries) is the real code on a real database.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("@/lib/conversation/cookies", () => ({ startParentMode: vi.fn(), readParentMode: vi.fn(async () => null), readParticipant: vi.fn(async () => null) }));

function signInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

type Fixture = Awaited<ReturnType<typeof createConversationFixture>> & Awaited<ReturnType<typeof createReflectionFixture>>;

/** A successful action that redirects (as handing over the tablet does) counts as ok. */
async function okOnRedirect(action: Promise<{ ok: boolean }>): Promise<{ ok: boolean }> {
  try {
    return await action;
  } catch (error) {
    if (String((error as Error).message).includes("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}

interface ActionCase {
  allowed: ActorName[];
  run: (world: World, fixture: Fixture) => Promise<{ ok: boolean }>;
  /** Reads the database: did the write happen? */
  changed: (world: World, fixture: Fixture) => Promise<boolean>;
  /** Actors for whom the action succeeds, but in their own organisation, not in this one. */
  succeedsElsewhere?: ActorName[];
}

const familyLabel = async (world: World) => (await db.family.findUnique({ where: { id: world.family.id } }))?.label;
const everyoneSignedIn = actorNames.filter((name) => name !== "anonymous");

const conversationOf = (fixture: Fixture) => db.conversation.findUniqueOrThrow({ where: { id: fixture.conversationId } });

const conversationCases: Record<string, ActionCase> = {
  "startConversationAction (family of team A)": {
    allowed: ["professional of the team"],
    run: (world) =>
      startConversationAction(null, formData({ familyId: world.family.id, phaseKey: "pre", instrumentKeys: ["partnerships"], parentLocale: "nl" })),
    changed: async () => (await db.conversation.count({ where: { phaseKey: "pre" } })) === 1,
  },
  "enterParentModeAction (conversation of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => okOnRedirect(enterParentModeAction(null, formData({ conversationId: fixture.conversationId }))),
    changed: async () => vi.mocked(startParentMode).mock.calls.length === 1,
  },
  "createJoinCodeAction (conversation of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => createJoinCodeAction(null, formData({ conversationId: fixture.conversationId })),
    changed: async (_, fixture) => (await conversationOf(fixture)).joinCodeHash !== null,
  },
  "revealEarlyAction (conversation of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => revealEarlyAction(null, formData({ conversationId: fixture.conversationId })),
    changed: async (_, fixture) => (await conversationOf(fixture)).status === "REVEALED",
  },
  "saveNoteAction (conversation of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => saveNoteAction({ conversationId: fixture.conversationId, itemId: fixture.itemId, text: "Notitie" }),
    changed: async () => (await db.itemNote.count()) === 1,
  },
  "addAgreementAction (conversation of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => addAgreementAction(null, formData({ conversationId: fixture.conversationId, text: "Bellen", owner: "PARENT" })),
    changed: async () => (await db.agreement.count({ where: { text: "Bellen" } })) === 1,
  },
  "lookBackOnAgreementAction (agreement of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) =>
      lookBackOnAgreementAction(null, formData({ conversationId: fixture.conversationId, agreementId: fixture.earlierAgreementId, status: "DONE" })),
    changed: async (_, fixture) => (await db.agreement.findUniqueOrThrow({ where: { id: fixture.earlierAgreementId } })).status === "DONE",
  },
  "editAgreementAction (agreement of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) =>
      editAgreementAction(null, formData({ conversationId: fixture.conversationId, agreementId: fixture.earlierAgreementId, text: "Anders afgesproken", owner: "PARENT" })),
    changed: async (_, fixture) => (await db.agreement.findUniqueOrThrow({ where: { id: fixture.earlierAgreementId } })).text === "Anders afgesproken",
  },
  "tickOffAgreementAction (agreement of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => tickOffAgreementAction(null, formData({ conversationId: fixture.conversationId, agreementId: fixture.earlierAgreementId, done: "true" })),
    changed: async (_, fixture) => (await db.agreement.findUniqueOrThrow({ where: { id: fixture.earlierAgreementId } })).doneAt !== null,
  },
  "setConversationLanguageAction (conversation of family A)": {
    // The parent's own choice, from the parent's phone or half of the tablet: no staff account.
    allowed: [],
    run: (_, fixture) => setConversationLanguageAction({ conversationId: fixture.conversationId, locale: "tr" }),
    changed: async (_, fixture) => (await conversationOf(fixture)).parentLocale === "tr",
  },
  "setAppointmentAction (conversation of family A)": {
    allowed: ["professional of the team"],
    run: (_, fixture) => setAppointmentAction(null, formData({ conversationId: fixture.conversationId, date: "2027-01-12", time: "14:30" })),
    changed: async (_, fixture) => (await conversationOf(fixture)).nextAppointmentAt !== null,
  },
};

const actionCases: Record<string, ActionCase> = {
  "createFamilyAction (team A)": {
    allowed: ["professional of the team", "admin"],
    run: (world) => createFamilyAction(null, formData({ label: "Fam. Nieuw", preferredLanguage: "nl", teamId: world.teamA.id })),
    changed: async () => (await db.family.count({ where: { label: "Fam. Nieuw" } })) === 1,
  },
  "updateFamilyAction (family of team A)": {
    allowed: ["professional of the team", "admin"],
    run: (world) =>
      updateFamilyAction(
        null,
        formData({ familyId: world.family.id, label: "Fam. Veranderd", preferredLanguage: "tr", professionalIds: [world.professional.id] }),
      ),
    changed: async (world) => (await familyLabel(world)) === "Fam. Veranderd",
  },
  "deleteFamilyAction (family of team A)": {
    allowed: ["admin"],
    run: (world) => deleteFamilyAction(null, formData({ familyId: world.family.id, confirm: "on" })),
    changed: async (world) => (await familyLabel(world)) === undefined,
  },
  "createTeamAction (in the organisation)": {
    // The other organisation's admin may create a team, but only in their own organisation.
    allowed: ["admin"],
    succeedsElsewhere: ["admin of another organisation"],
    run: () => createTeamAction(null, formData({ name: "Nieuw team" })),
    changed: async (world) =>
      (await db.team.count({ where: { name: "Nieuw team", organisationId: world.organisation.id } })) === 1,
  },
  "setAnonymityThresholdAction (of the organisation)": {
    // The other organisation's admin may change it, but only for their own organisation.
    allowed: ["admin"],
    succeedsElsewhere: ["admin of another organisation"],
    run: () => setAnonymityThresholdAction(null, formData({ anonymityThreshold: "8" })),
    changed: async (world) => (await db.organisation.findUniqueOrThrow({ where: { id: world.organisation.id } })).anonymityThreshold === 8,
  },
  "setRetentionAction (of the organisation)": {
    allowed: ["admin"],
    succeedsElsewhere: ["admin of another organisation"],
    run: () => setRetentionAction(null, formData({ retentionMonths: "36" })),
    changed: async (world) => (await db.organisation.findUniqueOrThrow({ where: { id: world.organisation.id } })).retentionMonths === 36,
  },
  "createUserAction (into team A)": {
    allowed: ["admin"],
    run: (world) =>
      createUserAction(
        null,
        formData({ name: "Nina", email: "nina@example.nl", role: "PROFESSIONAL", teamIds: [world.teamA.id] }),
      ),
    changed: async () => (await db.user.count({ where: { email: "nina@example.nl" } })) === 1,
  },
  "updateUserAction (professional of team A)": {
    allowed: ["admin"],
    run: (world) =>
      updateUserAction(null, formData({ userId: world.professional.id, name: "Hernoemd", role: "TEAM_LEAD", teamIds: [world.teamA.id] })),
    changed: async (world) => (await db.user.findUnique({ where: { id: world.professional.id } }))?.role === "TEAM_LEAD",
  },
  "sendPasswordLinkAction (professional of team A)": {
    allowed: ["admin"],
    run: (world) => sendPasswordLinkAction(null, formData({ userId: world.professional.id })),
    changed: async (world) => (await db.accountLink.count({ where: { userId: world.professional.id } })) === 1,
  },
  "setUserActiveAction (deactivate professional of team A)": {
    allowed: ["admin"],
    run: (world) => setUserActiveAction(null, formData({ userId: world.professional.id, active: "false" })),
    changed: async (world) => (await db.user.findUnique({ where: { id: world.professional.id } }))?.active === false,
  },
  "setPinAction (own PIN)": {
    allowed: everyoneSignedIn,
    run: () => setPinAction(null, formData({ currentPassword: FIXTURE_PASSWORD, pin: "2468", pinRepeat: "2468" })),
    changed: async () => (await db.user.count({ where: { pinHash: { not: null } } })) === 1,
  },
};

let world: World;
let fixture: Fixture;

beforeEach(async () => {
  await resetDatabase(db);
  vi.mocked(startParentMode).mockClear();
  world = await createWorld(db);
  const conversation = await createConversationFixture(db, world);
  fixture = { ...conversation, ...(await createReflectionFixture(db, world, conversation.itemId)) };
});

const teamRound = (fixture: Fixture) => db.reflectionRound.findUniqueOrThrow({ where: { id: fixture.reflectionRoundId } });
const membersOfTeamA: ActorName[] = ["professional of the team", "team lead of the team"];

// Reflection: members of team A rate in its round; its team lead and the admin open and close
// rounds; members and the admin record agreements. Anyone may reflect alone, in their own round.
const reflectionCases: Record<string, ActionCase> = {
  "openReflectionRoundAction (team A, none open)": {
    allowed: ["team lead of the team", "admin"],
    run: async (world, fixture) => {
      await db.reflectionRound.update({ where: { id: fixture.reflectionRoundId }, data: { closedAt: new Date() } });
      return okOnRedirect(openReflectionRoundAction(null, formData({ kind: "team", teamId: world.teamA.id })));
    },
    changed: async (world) => (await db.reflectionRound.count({ where: { teamId: world.teamA.id, closedAt: null } })) === 1,
  },
  "openReflectionRoundAction (own)": {
    allowed: everyoneSignedIn.filter((name) => name !== "admin of another organisation"),
    // The other organisation's admin reflects too, in their own organisation.
    succeedsElsewhere: ["admin of another organisation"],
    run: () => okOnRedirect(openReflectionRoundAction(null, formData({ kind: "own" }))),
    changed: async (world) => (await db.reflectionRound.count({ where: { ownerId: { not: null }, closedAt: null, organisationId: world.organisation.id } })) === 1,
  },
  "saveReflectionRatingAction (team A's round)": {
    allowed: membersOfTeamA,
    run: (_, fixture) => saveReflectionRatingAction({ roundId: fixture.reflectionRoundId, itemId: fixture.reflectionItemId, value: 4 }),
    changed: async (_, fixture) => (await db.reflectionRating.count({ where: { roundId: fixture.reflectionRoundId } })) === 1,
  },
  "finishReflectionAction (team A's round, after rating)": {
    allowed: membersOfTeamA,
    run: async (_, fixture) => {
      await saveReflectionRatingAction({ roundId: fixture.reflectionRoundId, itemId: fixture.reflectionItemId, value: null });
      return finishReflectionAction({ roundId: fixture.reflectionRoundId });
    },
    changed: async (_, fixture) => (await db.reflection.count({ where: { roundId: fixture.reflectionRoundId, finishedAt: { not: null } } })) === 1,
  },
  "closeReflectionRoundAction (team A's round)": {
    allowed: ["team lead of the team", "admin"],
    run: (_, fixture) => closeReflectionRoundAction(null, formData({ roundId: fixture.reflectionRoundId })),
    changed: async (_, fixture) => (await teamRound(fixture)).closedAt !== null,
  },
  "addTeamAgreementAction (team A's round)": {
    allowed: [...membersOfTeamA, "admin"],
    run: (_, fixture) => addTeamAgreementAction(null, formData({ roundId: fixture.reflectionRoundId, text: "Elke maand een thema", owner: "iedereen" })),
    changed: async () => (await db.teamAgreement.count({ where: { text: "Elke maand een thema" } })) === 1,
  },
  "lookBackOnTeamAgreementAction (team A's agreement)": {
    allowed: [...membersOfTeamA, "admin"],
    run: (_, fixture) => lookBackOnTeamAgreementAction(null, formData({ roundId: fixture.reflectionRoundId, agreementId: fixture.teamAgreementId, status: "DONE" })),
    changed: async (_, fixture) => (await db.teamAgreement.findUniqueOrThrow({ where: { id: fixture.teamAgreementId } })).status === "DONE",
  },
  "saveReflectionRatingAction (the professional's own, finished reflection)": {
    allowed: [],
    run: (_, fixture) => saveReflectionRatingAction({ roundId: fixture.ownReflectionRoundId, itemId: fixture.reflectionItemId, value: 1 }),
    changed: async (_, fixture) => (await db.reflectionRating.findFirstOrThrow({ where: { roundId: fixture.ownReflectionRoundId } })).value === 1,
  },
};

describe.each(Object.entries({ ...actionCases, ...conversationCases, ...reflectionCases }))("%s", (_, action) => {
  it.each(actorNames)("%s", async (actor) => {
    signInAs(world.actors[actor]);
    const result = await action.run(world, fixture);
    const allowed = action.allowed.includes(actor);
    expect(result.ok).toBe(allowed || (action.succeedsElsewhere?.includes(actor) ?? false));
    expect(await action.changed(world, fixture)).toBe(allowed);
  });
});

// Reads: who sees the family of team A, and who sees the organisation's administration.
interface ReadCase {
  allowed: ActorName[];
  sees: (world: World, user: SessionUser) => Promise<boolean>;
}

const readCases: Record<string, ReadCase> = {
  "listFamilies shows the family of team A": {
    allowed: ["professional of the team", "admin"],
    sees: async (world, user) => (await listFamilies(user)).some((family) => family.id === world.family.id),
  },
  "openFamily opens the family of team A": {
    allowed: ["professional of the team", "admin"],
    sees: async (world, user) => {
      const family = await familyFor(user, world.family.id, "read");
      return family !== null && (await openFamily(family)) !== null;
    },
  },
  // The gate itself (lib/auth/gate): every read and write above asks it.
  "the gate lets read team A's conversation": {
    allowed: ["professional of the team", "admin"],
    sees: async (_, user) => (await conversationFor(user, fixture.conversationId, "read")) !== null,
  },
  "the gate lets write team A's conversation": {
    allowed: ["professional of the team"],
    sees: async (_, user) => (await conversationFor(user, fixture.conversationId, "write")) !== null,
  },
  "the gate lets start a conversation with the family of team A": {
    allowed: ["professional of the team"],
    sees: async (world, user) => (await familyFor(user, world.family.id, "converse")) !== null,
  },
  "the gate lets erase the family of team A": {
    allowed: ["admin"],
    sees: async (world, user) => (await familyFor(user, world.family.id, "erase")) !== null,
  },
  "the gate shows team A's dashboard": {
    allowed: ["team lead of the team", "admin"],
    sees: async (world, user) => (await dashboardScope(user, world.teamA.id))?.teamId === world.teamA.id,
  },
  "the gate lets read team A's reflection round": {
    allowed: [...membersOfTeamA, "admin"],
    sees: async (_, user) => (await reflectionRoundFor(user, fixture.reflectionRoundId, "read")) !== null,
  },
  "the gate lets rate in team A's reflection round": {
    allowed: membersOfTeamA,
    sees: async (_, user) => (await reflectionRoundFor(user, fixture.reflectionRoundId, "rate")) !== null,
  },
  "the gate lets close team A's reflection round": {
    allowed: ["team lead of the team", "admin"],
    sees: async (_, user) => (await reflectionRoundFor(user, fixture.reflectionRoundId, "manage")) !== null,
  },
  "the gate lets read the professional's own reflection": {
    allowed: ["professional of the team"],
    sees: async (_, user) => (await reflectionRoundFor(user, fixture.ownReflectionRoundId, "read")) !== null,
  },
  "getOrganisationOverview shows team A": {
    allowed: ["admin"],
    sees: async (_, user) => (await getOrganisationOverview(user))?.teams.some((team) => team.id === world.teamA.id) ?? false,
  },
  "getUserForAdmin (professional of team A)": {
    allowed: ["admin"],
    sees: async (world, user) => (await getUserForAdmin(user, world.professional.id)) !== null,
  },
  "listAuditEvents shows the organisation's events": {
    allowed: ["admin"],
    sees: async (world, user) => {
      const event = await db.auditEvent.create({
        data: { organisationId: world.organisation.id, action: "FAMILY_OPENED", familyId: world.family.id },
      });
      return (await listAuditEvents(user))?.some((entry) => entry.id === event.id) ?? false;
    },
  },
  "listTeamOptions offers team A": {
    allowed: ["professional of the team", "team lead of the team", "admin"],
    sees: async (world, user) => (await listTeamOptions(user)).some((team) => team.id === world.teamA.id),
  },
};

describe.each(Object.entries(readCases))("%s", (_, read) => {
  it.each(actorNames.filter((name) => name !== "anonymous"))("%s", async (actor) => {
    const user = world.actors[actor]!;
    expect(await read.sees(world, user)).toBe(read.allowed.includes(actor));
  });
});

describe("forged ids in the payload", () => {
  it("a professional cannot place a family in another team of the organisation", async () => {
    signInAs(world.actors["professional of the team"]);
    const result = await createFamilyAction(null, formData({ label: "Fam. X", preferredLanguage: "nl", teamId: world.teamB.id }));
    expect(result).toMatchObject({ ok: false, message: "forbidden" });
    expect(await db.family.count({ where: { teamId: world.teamB.id } })).toBe(0);
  });

  it("a professional cannot make another team's professional follow their family", async () => {
    signInAs(world.actors["professional of the team"]);
    const result = await updateFamilyAction(
      null,
      formData({ familyId: world.family.id, label: "Fam. Y", preferredLanguage: "nl", professionalIds: [world.otherTeamProfessional.id] }),
    );
    expect(result).toMatchObject({ ok: false, message: "invalid", fieldErrors: { professionalIds: ["notInTeam"] } });
    expect(await familyLabel(world)).not.toBe("Fam. Y");
  });

  it("an admin cannot put a new user into another organisation's team", async () => {
    signInAs(world.actors.admin);
    const result = await createUserAction(
      null,
      formData({ name: "Z", email: "z@example.nl", role: "PROFESSIONAL", teamIds: [world.teamC.id] }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { teamIds: ["unknownTeam"] } });
    expect(await db.user.count({ where: { email: "z@example.nl" } })).toBe(0);
  });

  it("an admin cannot see or change a user of another organisation", async () => {
    signInAs(world.actors["admin of another organisation"]);
    const result = await sendPasswordLinkAction(null, formData({ userId: world.professional.id }));
    expect(result).toMatchObject({ ok: false, message: "notFound" });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("an admin cannot deactivate or demote themselves", async () => {
    const admin = world.actors.admin;
    signInAs(admin);
    expect(await setUserActiveAction(null, formData({ userId: admin.id, active: "false" }))).toMatchObject({ ok: false });
    expect(await updateUserAction(null, formData({ userId: admin.id, name: "X", role: "PROFESSIONAL", teamIds: [] }))).toMatchObject({
      ok: false,
      fieldErrors: { role: ["ownRole"] },
    });
    expect((await db.user.findUnique({ where: { id: admin.id } }))?.role).toBe("ADMIN");
  });
});
