import { beforeEach, describe, expect, it, vi } from "vitest";
import { startConversationAction } from "@/lib/actions/conversations";
import { getCurrentUser } from "@/lib/auth/session";
import { startParentMode } from "@/lib/conversation/cookies";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { createWorld, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

// Issue 14, item 7: one tap on "Gesprek starten" goes straight to the parent's first question on
// this tablet, and only what the chosen instruments use is kept.

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("@/lib/conversation/cookies", () => ({ startParentMode: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.21" }) }));

let world: World;

const defaults = { phaseKey: "main", instrumentKeys: ["twelve-questions"], parentLocale: "nl" };

async function start(fields: Record<string, string | string[]>, user = world.actors["professional of the team"]) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
  return startConversationAction(null, formData({ familyId: world.family.id, ...defaults, ...fields }));
}

/** Where Next's redirect() sends the browser, read from the error it throws. */
async function redirectOf(action: Promise<unknown>): Promise<string> {
  const error = await action.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2];
}

beforeEach(async () => {
  await resetDatabase(db);
  await seedContent(db);
  world = await createWorld(db);
  vi.mocked(startParentMode).mockClear();
});

describe("starting a conversation from the form", () => {
  it("together on this tablet: the conversation starts and the tablet is in parent mode at once", async () => {
    const to = await redirectOf(start({ rateOn: "tablet" }));
    const conversation = await db.conversation.findFirstOrThrow({ select: { id: true } });
    expect(to).toBe(`/ouder/${conversation.id}`);
    expect(startParentMode).toHaveBeenCalledWith({ conversationId: conversation.id, professionalId: world.professional.id });
    expect(await db.parentModeLock.count({ where: { userId: world.professional.id, conversationId: conversation.id } })).toBe(1);
    const audit = await db.auditEvent.findMany({ where: { familyId: world.family.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((event) => event.action)).toEqual(["CONVERSATION_STARTED", "PARENT_MODE_ENTERED"]);
  });

  it("when the tablet cannot be locked to the parent, no conversation is left started (a retry would make a second)", async () => {
    // A session time the database cannot store makes the lock fail after the conversation was created.
    const broken = { ...world.actors["professional of the team"], sessionStartedAt: Number.NaN };
    const result = await start({ rateOn: "tablet" }, broken);
    expect(result.ok).toBe(false);
    expect(await db.conversation.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { familyId: world.family.id } })).toBe(0);
    expect(startParentMode).not.toHaveBeenCalled();
  });

  it("each on their own screen, or without a PIN: to the conversation's page, the tablet not locked", async () => {
    const to = await redirectOf(start({ rateOn: "screens" }));
    const first = await db.conversation.findFirstOrThrow({ select: { id: true } });
    expect(to).toBe(`/gesprekken/${first.id}`);
    const withoutPin = { ...world.actors["professional of the team"], hasPin: false };
    const next = await redirectOf(start({ rateOn: "tablet" }, withoutPin));
    expect(next).toMatch(/^\/gesprekken\//);
    expect(await db.parentModeLock.count()).toBe(0);
    expect(startParentMode).not.toHaveBeenCalled();
  });

  it("keeps the praatplaat's themes and own theme only when the praatplaat is chosen", async () => {
    const result = await start({ themeKeys: ["stay-close"], ownThemeTitle: "Huiswerk" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const conversation = await db.conversation.findUniqueOrThrow({
      where: { id: result.data.conversationId },
      select: { ownThemeTitle: true, items: { select: { item: { select: { key: true } } } } },
    });
    expect(conversation.ownThemeTitle).toBeNull();
    expect(conversation.items).toHaveLength(12);
    expect(conversation.items.map(({ item }) => item.key)).not.toContain("stay-close");
  });

  it("refuses a start for another team's family, and starts nothing", async () => {
    const result = await start({ rateOn: "tablet" }, world.actors["professional of another team"]);
    expect(result).toMatchObject({ ok: false, message: "notFound" });
    expect(await db.conversation.count()).toBe(0);
    expect(await db.parentModeLock.count()).toBe(0);
  });
});
