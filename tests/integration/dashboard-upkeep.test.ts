import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addAgreementAction, reviewAgreementAction } from "@/lib/actions/agreements";
import { revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import { deleteFamilyAction } from "@/lib/actions/families";
import { markSideDoneAction, setConsentAction } from "@/lib/actions/rating";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { readParentMode, readParticipant } from "@/lib/conversation/cookies";
import { saveRating } from "@/lib/conversation/save-rating";
import { getDashboard } from "@/lib/data/dashboard";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { asSessionUser, createFamily, createWorld, createUser, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

// The dashboard reads blocks that the actions keep up to date. These tests walk the actions a
// professional and a parent use and check that the team lead's figures follow.
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
    await saveRating(db, { conversationId, itemId: first.itemId, side, value, answeredAt: new Date().toISOString() });
  }
  as(null, conversationId);
  expect(await setConsentAction({ conversationId, consent })).toEqual({ ok: true, data: undefined });
  return { conversationId, familyId: family.id };
}

const firstQuestion = async () => (await getDashboard(lead, {}, "nl"))!.items.find((item) => item.itemKey === "feel-important")!;

describe("the dashboard follows the conversations", () => {
  it("counts a conversation once both sides are done or it is revealed early, and only with consent", async () => {
    const conversations = [];
    for (const value of [1, 2, 3, 4]) conversations.push(await ratedConversation(value));
    // Consent refused: this one never counts, however it is revealed.
    const refused = await ratedConversation(5, false);
    for (const { conversationId } of [...conversations, refused]) {
      as(professional);
      expect((await revealEarlyAction(null, formData({ conversationId }))).ok).toBe(true);
    }
    expect((await firstQuestion()).parent).toEqual({ suppressed: true });

    // The fifth family finishes the ordinary way: both sides say they are done.
    const fifth = await ratedConversation(5);
    as(professional);
    await markSideDoneAction({ conversationId: fifth.conversationId, side: "PROFESSIONAL" });
    as(null, fifth.conversationId);
    expect(await markSideDoneAction({ conversationId: fifth.conversationId, side: "PARENT" })).toEqual({ ok: true, data: { revealed: true } });
    expect(await firstQuestion()).toMatchObject({ parent: { suppressed: false, average: 3 }, professional: { suppressed: false, average: 5 } });

    // A parent who takes back their consent after the reveal is taken out of the figures at once.
    as(null, fifth.conversationId);
    expect(await setConsentAction({ conversationId: fifth.conversationId, consent: false })).toEqual({ ok: true, data: undefined });
    expect((await firstQuestion()).parent).toEqual({ suppressed: true });
  });

  it("follows agreements as they are made and looked back on, and forgets an erased family", async () => {
    const conversations = [];
    for (const value of [1, 2, 3, 4, 5]) {
      const conversation = await ratedConversation(value);
      as(professional);
      await revealEarlyAction(null, formData({ conversationId: conversation.conversationId }));
      expect((await addAgreementAction(null, formData({ conversationId: conversation.conversationId, text: "Elke week bijpraten", owner: "TOGETHER" }))).ok).toBe(true);
      conversations.push(conversation);
    }
    expect((await getDashboard(lead, {}, "nl"))!.agreements).toMatchObject({ suppressed: false, done: 0, open: 5 });

    const agreement = await db.agreement.findFirstOrThrow({ where: { conversationId: conversations[0].conversationId } });
    as(professional);
    const reviewed = await reviewAgreementAction(null, formData({ conversationId: conversations[0].conversationId, agreementId: agreement.id, status: "DONE" }));
    expect(reviewed.ok).toBe(true);
    expect((await getDashboard(lead, {}, "nl"))!.agreements).toMatchObject({ suppressed: false, done: 1, open: 4 });

    as(world.actors.admin);
    expect((await deleteFamilyAction(null, formData({ familyId: conversations[4].familyId, confirm: "on" }))).ok).toBe(true);
    const after = (await getDashboard(lead, {}, "nl"))!;
    expect(after.agreements).toEqual({ suppressed: true });
    expect(after.overview).toEqual({ suppressed: true });
    expect((await firstQuestion()).parent).toEqual({ suppressed: true });
  });

  it("an unrelated professional's actions leave the figures alone", async () => {
    const outsider = asSessionUser(await createUser(db, world.organisation.id, "PROFESSIONAL", [world.teamB.id]), [world.teamB.id]);
    const { conversationId } = await ratedConversation(3);
    as(outsider);
    expect((await revealEarlyAction(null, formData({ conversationId }))).ok).toBe(false);
    expect(await db.ratingBlock.count()).toBe(0);
  });
});
