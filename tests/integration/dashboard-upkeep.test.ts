import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addAgreementAction, lookBackOnAgreementAction } from "@/lib/actions/agreements";
import { revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import { deleteFamilyAction } from "@/lib/actions/families";
import { markSideDoneAction, setConsentAction } from "@/lib/actions/rating";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { readParentMode, readParticipant } from "@/lib/conversation/cookies";
import { saveRating } from "@/lib/conversation/save-rating";
import { quarterOf } from "@/lib/dashboard/quarters";
import { dashboardFor } from "@/lib/data/dashboard";
import { db } from "@/lib/db";
import type { TDashboardFilters } from "@/lib/validations/dashboard";
import { seedContent } from "@/prisma/seed/content";
import { asSessionUser, createFamily, createWorld, createUser, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

// The dashboard reads blocks that the actions publish. These tests walk the actions a
// professional and a parent use and check what the team lead sees: figures follow the
// conversations, but only in steps of at least the threshold of families, so that no two views
// taken at two moments ever differ by one family's answers.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("@/lib/conversation/cookies", () => ({
  startParentMode: vi.fn(),
  readParentMode: vi.fn(async () => null),
  readParticipant: vi.fn(async () => null),
  startParticipant: vi.fn(),
  endParentMode: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.30" }) }));

const THRESHOLD = 3;
let world: World;
let lead: SessionUser;
let professional: SessionUser;

beforeAll(async () => {
  await resetDatabase(db);
  await seedContent(db);
});

beforeEach(async () => {
  await db.organisation.deleteMany();
  world = await createWorld(db);
  await db.organisation.update({ where: { id: world.organisation.id }, data: { anonymityThreshold: THRESHOLD } });
  lead = world.actors["team lead of the team"];
  professional = world.actors["professional of the team"];
});

function as(user: SessionUser | null, parentPhoneOf?: string) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
  vi.mocked(readParentMode).mockResolvedValue(null);
  vi.mocked(readParticipant).mockResolvedValue(parentPhoneOf ? { conversationId: parentPhoneOf } : null);
}

/** A new family's conversation, rated by both sides, with the parent's consent. */
async function ratedConversation(parentValue: number, consent = true) {
  const family = await createFamily(db, world.organisation.id, world.teamA.id, [world.professional.id]);
  as(professional);
  const started = await startConversationAction(null, formData({ familyId: family.id, phaseKey: "main", instrumentKeys: ["twelve-questions"], parentLocale: "nl" }));
  if (!started.ok) throw new Error(JSON.stringify(started));
  const conversationId = started.data.conversationId;
  const [first] = await db.conversationItem.findMany({ where: { conversationId }, orderBy: { position: "asc" }, take: 1 });
  for (const [side, value] of [["PARENT", parentValue], ["PROFESSIONAL", 5]] as const) {
    await saveRating(db, { conversationId, itemId: first.itemId, side, value, ratedAt: new Date().toISOString() });
  }
  as(null, conversationId);
  expect(await setConsentAction({ conversationId, consent })).toEqual({ ok: true, data: undefined });
  return { conversationId, familyId: family.id };
}

/** Everything a team lead of the team can see, under every filter that can pick the new family out. */
async function whatTheLeadSees() {
  const views: TDashboardFilters[] = [{}, { phase: "main" }, { instrument: "twelve-questions" }, { from: quarterOf(new Date()) }, { to: quarterOf(new Date()), phase: "main" }];
  return Promise.all(views.map((filters) => dashboardFor(lead, filters, "nl")));
}

async function reveal(conversationId: string) {
  as(professional);
  expect((await revealEarlyAction(null, formData({ conversationId }))).ok).toBe(true);
}

async function withdraw(conversationId: string) {
  as(null, conversationId);
  expect(await setConsentAction({ conversationId, consent: false })).toEqual({ ok: true, data: undefined });
}

/** One revealed, consented conversation per parent value, each of a new family. */
async function revealedFamilies(parentValues: number[]) {
  const conversations: { conversationId: string; familyId: string }[] = [];
  for (const value of parentValues) {
    const conversation = await ratedConversation(value);
    await reveal(conversation.conversationId);
    conversations.push(conversation);
  }
  return conversations;
}

const firstQuestion = async () => (await dashboardFor(lead, {}, "nl"))!.items.find((item) => item.itemKey === "feel-important")!;

describe("the dashboard follows the conversations, in steps of at least the threshold of families", () => {
  it("counts a conversation once both sides are done or it is revealed early, and only with consent", async () => {
    const first = await ratedConversation(1);
    await reveal(first.conversationId);
    // Consent refused: this one never counts, however it is revealed.
    const refused = await ratedConversation(5, false);
    await reveal(refused.conversationId);
    const second = await ratedConversation(2);
    await reveal(second.conversationId);
    expect((await firstQuestion()).parent).toEqual({ suppressed: true });
    expect(await db.blockConversation.count()).toBe(0);

    // The third family finishes the ordinary way: both sides say they are done.
    const third = await ratedConversation(3);
    as(professional);
    await markSideDoneAction({ conversationId: third.conversationId, side: "PROFESSIONAL" });
    as(null, third.conversationId);
    expect(await markSideDoneAction({ conversationId: third.conversationId, side: "PARENT" })).toEqual({ ok: true, data: { revealed: true } });
    expect(await firstQuestion()).toMatchObject({ parent: { suppressed: false, average: 2 }, professional: { suppressed: false, average: 5 } });
  });

  it("a reveal or a withdrawn consent changes nothing the team lead sees until the threshold of families have changed", async () => {
    const conversations = await revealedFamilies([1, 2, 3]);
    const published = await whatTheLeadSees();
    expect(published[0]!.overview).toEqual({ suppressed: false, conversations: 3, families: 3 });

    // One family joins, another takes back its consent: two families, below the threshold.
    const fourth = await ratedConversation(5);
    await reveal(fourth.conversationId);
    expect(await whatTheLeadSees()).toEqual(published);
    await withdraw(conversations[0].conversationId);
    expect(await whatTheLeadSees()).toEqual(published);
    // The withdrawal is recorded at once, whatever the dashboard still shows.
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversations[0].conversationId } })).consentToAggregate).toBe(false);

    // A third family changes: now the figures move, all three changes at once.
    const fifth = await ratedConversation(4);
    await reveal(fifth.conversationId);
    const after = await whatTheLeadSees();
    expect(after).not.toEqual(published);
    expect(after[0]!.overview).toEqual({ suppressed: false, conversations: 4, families: 4 });
    // Families 2, 3, 4 and 5: (2 + 3 + 5 + 4) / 4.
    expect((await firstQuestion()).parent).toMatchObject({ average: 3.5 });
  });

  it("agreements looked back on and an erased family count as changes too, and move the figures together", async () => {
    const conversations = await revealedFamilies([1, 2, 3]);
    as(professional);
    for (const { conversationId } of conversations) {
      expect((await addAgreementAction(null, formData({ conversationId, text: "Elke week bijpraten", owner: "TOGETHER" }))).ok).toBe(true);
    }
    const published = await whatTheLeadSees();
    expect(published[0]!.agreements).toMatchObject({ suppressed: false, done: 0, notDone: 0, open: 3 });
    expect(published[0]!.activity!.find((person) => person.name === professional.name)).toMatchObject({ conversations: 3 });

    const lookBack = async (index: number, status: "DONE" | "NOT_DONE") => {
      const { conversationId } = conversations[index];
      const agreement = await db.agreement.findFirstOrThrow({ where: { conversationId } });
      as(professional);
      expect((await lookBackOnAgreementAction(null, formData({ conversationId, agreementId: agreement.id, status }))).ok).toBe(true);
    };
    await lookBack(0, "DONE");
    expect(await whatTheLeadSees()).toEqual(published);
    as(world.actors.admin);
    expect((await deleteFamilyAction(null, formData({ familyId: conversations[1].familyId, confirm: "on" }))).ok).toBe(true);
    // The family itself is gone; the published figures still hold it, as a number among others.
    expect(await db.family.count({ where: { id: conversations[1].familyId } })).toBe(0);
    expect(await whatTheLeadSees()).toEqual(published);

    await lookBack(2, "NOT_DONE");
    const after = (await dashboardFor(lead, {}, "nl"))!;
    // Two families left: below the threshold, so nothing is shown at all.
    expect(after.overview).toEqual({ suppressed: true });
    expect(after.agreements).toEqual({ suppressed: true });
    expect(await db.blockConversation.count({ where: { conversationId: conversations[1].conversationId } })).toBe(0);
  });

  it("an unrelated professional's actions leave the figures alone", async () => {
    const outsider = asSessionUser(await createUser(db, world.organisation.id, "PROFESSIONAL", [world.teamB.id]), [world.teamB.id]);
    const { conversationId } = await ratedConversation(3);
    as(outsider);
    expect((await revealEarlyAction(null, formData({ conversationId }))).ok).toBe(false);
    expect(await db.ratingBlock.count()).toBe(0);
  });
});
