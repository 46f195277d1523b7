import { beforeEach, describe, expect, it, vi } from "vitest";
import { enterParentModeAction, revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import {
  joinConversationAction,
  leaveParentModeAction,
  leaveParentModeWithPasswordAction,
  markSideDoneAction,
  saveRatingAction,
  setConsentAction,
} from "@/lib/actions/rating";
import { setPinAction } from "@/lib/actions/settings";
import { hashSecret } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { endParentMode, readParentLocale, readParentMode, readParticipant, rememberParentLocale, startParticipant } from "@/lib/conversation/cookies";
import { chooseParentLanguageAction, setConversationLanguageAction } from "@/lib/actions/parent-language";
import { CONSENT_WORDING_VERSION } from "@/lib/conversation/consent";
import { hashJoinCode } from "@/lib/conversation/join-code";
import { saveRating } from "@/lib/conversation/save-rating";
import { conversationFor, conversationForDevice } from "@/lib/auth/gate";
import { getConversationComparison, getParentSummary } from "@/lib/data/conversation-comparison";
import { nl } from "@/prisma/content/nl";
import { tr } from "@/prisma/content/tr";
import { getConversationProgress, getRatingSheet } from "@/lib/data/conversations";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { createWorld, FIXTURE_PASSWORD, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("@/lib/conversation/cookies", () => ({
  readParentMode: vi.fn(),
  readParticipant: vi.fn(),
  startParticipant: vi.fn(),
  startParentMode: vi.fn(),
  endParentMode: vi.fn(),
  readParentLocale: vi.fn(async () => null),
  rememberParentLocale: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.20" }) }));

let world: World;

function asProfessional() {
  vi.mocked(readParentMode).mockResolvedValue(null);
  vi.mocked(readParticipant).mockResolvedValue(null);
  vi.mocked(getCurrentUser).mockResolvedValue(world.actors["professional of the team"]);
}

function asParentPhone(conversationId: string) {
  vi.mocked(readParentMode).mockResolvedValue(null);
  vi.mocked(readParticipant).mockResolvedValue({ conversationId });
  vi.mocked(getCurrentUser).mockResolvedValue(null);
}

async function startConversation(fields: Record<string, string | string[]> = {}) {
  asProfessional();
  const result = await startConversationAction(
    null,
    formData({ familyId: world.family.id, phaseKey: "main", instrumentKeys: ["twelve-questions"], parentLocale: "nl", ...fields }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  const conversationId = result.data.conversationId;
  // An open join window, as if the professional had shown a code.
  await db.conversation.update({ where: { id: conversationId }, data: { joinCodeExpiresAt: new Date(Date.now() + 3_600_000) } });
  const items = await db.conversationItem.findMany({ where: { conversationId }, orderBy: { position: "asc" } });
  return { conversationId, itemIds: items.map((item) => item.itemId) };
}

const save = (conversationId: string, itemId: string, side: "PARENT" | "PROFESSIONAL", value: number | null, ratedAt = new Date()) => ({
  conversationId,
  itemId,
  side,
  value,
  comment: "",
  ratedAt: ratedAt.toISOString(),
});

beforeEach(async () => {
  await resetDatabase(db);
  await seedContent(db);
  world = await createWorld(db);
});

describe("starting a conversation", () => {
  it("takes all twelve questions, and of the praatplaat only the chosen themes and the own theme", async () => {
    const { itemIds } = await startConversation({
      instrumentKeys: ["twelve-questions", "praatplaat"],
      themeKeys: ["stay-close"],
      ownThemeTitle: "Huiswerk",
    });
    const keys = await db.item.findMany({ where: { id: { in: itemIds } }, select: { key: true } });
    expect(itemIds).toHaveLength(14);
    expect(keys.map((item) => item.key)).toEqual(expect.arrayContaining(["feel-important", "stay-close", "own-theme"]));
  });

  it("refuses a praatplaat without any theme, and changes nothing", async () => {
    asProfessional();
    const result = await startConversationAction(
      null,
      formData({ familyId: world.family.id, phaseKey: "main", instrumentKeys: ["praatplaat"], parentLocale: "nl" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { themeKeys: ["chooseTheme"] } });
    expect(await db.conversation.count()).toBe(0);
  });
});

describe("saving answers", () => {
  it("the parent's phone and the professional saving the same item at the same moment never overwrite each other", async () => {
    const { conversationId, itemIds } = await startConversation();
    const saves = itemIds.flatMap((itemId, index) => [
      saveRating(db, save(conversationId, itemId, "PARENT", (index % 5) + 1)),
      saveRating(db, save(conversationId, itemId, "PROFESSIONAL", 5 - (index % 5))),
    ]);
    expect(new Set(await Promise.all(saves))).toEqual(new Set(["saved"]));
    const ratings = await db.rating.findMany({ where: { conversationId } });
    expect(ratings).toHaveLength(itemIds.length * 2);
    for (const [index, itemId] of itemIds.entries()) {
      expect(ratings.find((row) => row.itemId === itemId && row.side === "PARENT")?.value).toBe((index % 5) + 1);
      expect(ratings.find((row) => row.itemId === itemId && row.side === "PROFESSIONAL")?.value).toBe(5 - (index % 5));
    }
  });

  it("a retried save never doubles an answer, and an older queued save never replaces a newer one", async () => {
    const { conversationId, itemIds } = await startConversation();
    const newer = save(conversationId, itemIds[0], "PARENT", 4, new Date("2026-11-22T10:00:05Z"));
    await Promise.all(Array.from({ length: 5 }, () => saveRating(db, newer)));
    expect(await saveRating(db, save(conversationId, itemIds[0], "PARENT", 1, new Date("2026-11-22T10:00:01Z")))).toBe("stale");
    const rows = await db.rating.findMany({ where: { conversationId, itemId: itemIds[0] } });
    expect(rows).toHaveLength(1);
    expect(rows[0].value).toBe(4);
  });

  it("a phone may answer only for the parent, and only in its own conversation", async () => {
    const first = await startConversation();
    const second = await startConversation();
    asParentPhone(first.conversationId);
    expect(await saveRatingAction(save(first.conversationId, first.itemIds[0], "PARENT", 3))).toEqual({ ok: true, data: undefined });
    expect(await saveRatingAction(save(first.conversationId, first.itemIds[0], "PROFESSIONAL", 3))).toMatchObject({ ok: false, message: "forbidden" });
    expect(await saveRatingAction(save(second.conversationId, second.itemIds[0], "PARENT", 3))).toMatchObject({ ok: false, message: "notFound" });
    // An item of another conversation, smuggled into this one.
    expect(await saveRatingAction(save(first.conversationId, "not-an-item-here", "PARENT", 3))).toMatchObject({ ok: false });
    expect(await db.rating.count()).toBe(1);
  });

  it("an answer dated in the future by the device's clock does not freeze the item", async () => {
    const { conversationId, itemIds } = await startConversation();
    asParentPhone(conversationId);
    expect(await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 1, new Date("9999-12-31T00:00:00Z")))).toEqual({ ok: true, data: undefined });
    const stored = await db.rating.findFirstOrThrow({ where: { conversationId, side: "PARENT" } });
    expect(stored.ratedAt.getTime()).toBeLessThanOrEqual(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 4))).toEqual({ ok: true, data: undefined });
    expect((await db.rating.findFirstOrThrow({ where: { conversationId, side: "PARENT" } })).value).toBe(4);
  });

  it("answers are final once revealed", async () => {
    const { conversationId, itemIds } = await startConversation();
    asProfessional();
    await markSideDoneAction({ conversationId, side: "PROFESSIONAL" });
    asParentPhone(conversationId);
    expect(await markSideDoneAction({ conversationId, side: "PARENT" })).toEqual({ ok: true, data: { revealed: true } });
    expect(await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 2))).toMatchObject({ ok: false, message: "locked" });
  });
});

describe("the reveal", () => {
  it("is refused to the parent until both are done, and the phone never receives the professional's answers", async () => {
    const { conversationId, itemIds } = await startConversation();
    await saveRating(db, save(conversationId, itemIds[0], "PROFESSIONAL", 5));
    asParentPhone(conversationId);
    const access = (await conversationForDevice(conversationId))!;
    expect(access.caller.kind).toBe("phone");
    expect(await getParentSummary(access, "nl")).toBeNull();
    const sheet = await getRatingSheet(access, "nl");
    expect(sheet?.ratings.PROFESSIONAL).toBeUndefined();
    expect(JSON.stringify(sheet)).not.toContain('"value":5');

    await markSideDoneAction({ conversationId, side: "PARENT" });
    expect(await getParentSummary(access, "nl")).toBeNull();
    await db.conversation.update({ where: { id: conversationId }, data: { professionalDoneAt: new Date(), status: "REVEALED", revealedAt: new Date() } });
    expect((await getParentSummary(access, "nl"))?.items.find((item) => item.itemId === itemIds[0])?.ratings.PROFESSIONAL?.value).toBe(5);
  });
});

describe("joining with a code", () => {
  it("a code opens exactly its own conversation, and a wrong code opens nothing", async () => {
    const first = await startConversation();
    await startConversation();
    await db.conversation.update({ where: { id: first.conversationId }, data: { joinCodeHash: hashJoinCode("ABCD2345") } });
    vi.mocked(startParticipant).mockClear();

    expect(await joinConversationAction(null, formData({ code: "WXYZ6789" }))).toMatchObject({ ok: false, fieldErrors: { code: ["unknownCode"] } });
    expect(startParticipant).not.toHaveBeenCalled();

    await expect(joinConversationAction(null, formData({ code: "abcd-2345" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(startParticipant).toHaveBeenCalledWith({ conversationId: first.conversationId }, expect.any(Date));
  });

  it("guessing codes from one address is throttled", async () => {
    for (let attempt = 0; attempt < 5; attempt++) await joinConversationAction(null, formData({ code: `GUES${attempt}XXX` }));
    expect(await joinConversationAction(null, formData({ code: "ABCD2345" }))).toMatchObject({ ok: false, message: "throttled" });
  });
});

describe("leaving parent mode", () => {
  it("needs the PIN of the professional who started it, and wrong PINs are throttled", async () => {
    const { conversationId } = await startConversation();
    await db.user.update({ where: { id: world.professional.id }, data: { pinHash: await hashSecret("2580") } });
    vi.mocked(readParentMode).mockResolvedValue({ conversationId, professionalId: world.professional.id });
    vi.mocked(endParentMode).mockClear();

    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await leaveParentModeAction(null, formData({ pin: `000${attempt}` }))).toMatchObject({ ok: false, fieldErrors: { pin: ["wrongPin"] } });
    }
    // Now even the right PIN waits: guessing 4 digits on an unattended tablet is hopeless.
    expect(await leaveParentModeAction(null, formData({ pin: "2580" }))).toMatchObject({ ok: false, message: "throttled" });
    expect(endParentMode).not.toHaveBeenCalled();

    await db.loginAttempt.deleteMany();
    await expect(leaveParentModeAction(null, formData({ pin: "2580" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(endParentMode).toHaveBeenCalledOnce();
  });

  it("holds on the server: handing over locks the session, and only leaving with the PIN unlocks it", async () => {
    const { conversationId } = await startConversation();
    await db.user.update({ where: { id: world.professional.id }, data: { pinHash: await hashSecret("2580") } });
    const sessionStartedAt = Date.now() - 5_000;
    asProfessional();
    vi.mocked(getCurrentUser).mockResolvedValue({ ...world.actors["professional of the team"], hasPin: true, sessionStartedAt });
    await expect(enterParentModeAction(null, formData({ conversationId }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.parentModeLock.findMany({ select: { userId: true, sessionStartedAt: true, conversationId: true } })).toEqual([
      { userId: world.professional.id, sessionStartedAt: new Date(sessionStartedAt), conversationId },
    ]);

    vi.mocked(readParentMode).mockResolvedValue({ conversationId, professionalId: world.professional.id });
    await expect(leaveParentModeAction(null, formData({ pin: "2580" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.parentModeLock.count()).toBe(0);
  });

  it("a locked PIN does not strand the tablet: the professional's password leaves parent mode", async () => {
    const { conversationId } = await startConversation();
    await db.user.update({ where: { id: world.professional.id }, data: { pinHash: await hashSecret("2580") } });
    await db.parentModeLock.create({ data: { userId: world.professional.id, sessionStartedAt: new Date(), conversationId } });
    vi.mocked(readParentMode).mockResolvedValue({ conversationId, professionalId: world.professional.id });
    vi.mocked(endParentMode).mockClear();
    for (let attempt = 0; attempt < 6; attempt++) await leaveParentModeAction(null, formData({ pin: `000${attempt}` }));
    expect(await leaveParentModeAction(null, formData({ pin: "2580" }))).toMatchObject({ ok: false, message: "throttled" });

    expect(await leaveParentModeWithPasswordAction(null, formData({ password: "not-the-password" }))).toMatchObject({ ok: false, fieldErrors: { password: ["wrongPassword"] } });
    expect(endParentMode).not.toHaveBeenCalled();
    await expect(leaveParentModeWithPasswordAction(null, formData({ password: FIXTURE_PASSWORD }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(endParentMode).toHaveBeenCalledOnce();
    expect(await db.parentModeLock.count()).toBe(0);
    // And the PIN works again.
    await expect(leaveParentModeAction(null, formData({ pin: "2580" }))).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("without a password, a new PIN set after signing in with the organisation's account unlocks a locked one", async () => {
    const { conversationId } = await startConversation();
    await db.user.update({ where: { id: world.professional.id }, data: { pinHash: await hashSecret("2580"), passwordHash: null } });
    await db.parentModeLock.create({ data: { userId: world.professional.id, sessionStartedAt: new Date(), conversationId } });
    vi.mocked(readParentMode).mockResolvedValue({ conversationId, professionalId: world.professional.id });
    for (let attempt = 0; attempt < 6; attempt++) await leaveParentModeAction(null, formData({ pin: `000${attempt}` }));
    expect(await leaveParentModeAction(null, formData({ pin: "2580" }))).toMatchObject({ ok: false, message: "throttled" });
    expect(await leaveParentModeWithPasswordAction(null, formData({ password: FIXTURE_PASSWORD }))).toMatchObject({ ok: false, fieldErrors: { password: ["wrongPassword"] } });

    // On their own phone: a fresh sign-in with the organisation's account, a new PIN in Instellingen.
    vi.mocked(getCurrentUser).mockResolvedValue({ ...world.actors["professional of the team"], signedInWith: "oidc", sessionStartedAt: Date.now() - 60_000 });
    expect(await setPinAction(null, formData({ pin: "4680", pinRepeat: "4680" }))).toEqual({ ok: true, data: undefined });
    // Back at the tablet, still in parent mode: the new PIN leaves it.
    await expect(leaveParentModeAction(null, formData({ pin: "4680" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.parentModeLock.count()).toBe(0);
  });

  it("a password the organisation switched off does not leave parent mode either", async () => {
    const { conversationId } = await startConversation();
    await db.parentModeLock.create({ data: { userId: world.professional.id, sessionStartedAt: new Date(), conversationId } });
    await db.organisation.update({ where: { id: world.organisation.id }, data: { passwordSignIn: false } });
    vi.mocked(readParentMode).mockResolvedValue({ conversationId, professionalId: world.professional.id });
    expect(await leaveParentModeWithPasswordAction(null, formData({ password: FIXTURE_PASSWORD }))).toMatchObject({ ok: false, fieldErrors: { password: ["wrongPassword"] } });
    expect(await db.parentModeLock.count()).toBe(1);
  });
});

// Each promise the parent's screens make (lib/i18n/messages: consentText, phoneIntro) is kept.
describe("what the parent's screens promise", () => {
  it("the consent question names the organisation's own threshold, never one below the minimum", async () => {
    const { conversationId } = await startConversation();
    asParentPhone(conversationId);
    const access = (await conversationForDevice(conversationId))!;
    await db.organisation.update({ where: { id: world.organisation.id }, data: { anonymityThreshold: 9 } });
    expect((await getRatingSheet(access, "nl"))?.anonymityThreshold).toBe(9);
    await db.organisation.update({ where: { id: world.organisation.id }, data: { anonymityThreshold: 1 } });
    expect((await getRatingSheet(access, "nl"))?.anonymityThreshold).toBe(3);
  });

  it("saying no to counting changes nothing in the conversation itself", async () => {
    const { conversationId, itemIds } = await startConversation();
    asParentPhone(conversationId);
    expect(await setConsentAction({ conversationId, consent: false })).toEqual({ ok: true, data: undefined });
    expect(await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 4))).toEqual({ ok: true, data: undefined });
    await markSideDoneAction({ conversationId, side: "PARENT" });
    asProfessional();
    await markSideDoneAction({ conversationId, side: "PROFESSIONAL" });
    asParentPhone(conversationId);
    const summary = await getParentSummary((await conversationForDevice(conversationId))!, "nl");
    expect(summary?.items.find((item) => item.itemId === itemIds[0])?.ratings.PARENT?.value).toBe(4);
  });

  it("records the consent answer with its time and the wording and language asked, and a yes taken back as a withdrawal", async () => {
    const { conversationId, itemIds } = await startConversation();
    asParentPhone(conversationId);
    const before = Date.now();
    await setConsentAction({ conversationId, consent: true, locale: "uk" });
    let record = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(record.consentToAggregate).toBe(true);
    expect(record.consentWording).toBe(`${CONSENT_WORDING_VERSION}/uk`);
    expect(record.consentAnsweredAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(record.consentWithdrawnAt).toBeNull();

    await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 4));
    await markSideDoneAction({ conversationId, side: "PARENT" });
    asProfessional();
    await markSideDoneAction({ conversationId, side: "PROFESSIONAL" });

    // On the phone's summary the parent takes the yes back: recorded, and no longer counted.
    asParentPhone(conversationId);
    expect(await setConsentAction({ conversationId, consent: false, locale: "uk" })).toEqual({ ok: true, data: undefined });
    record = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(record.consentToAggregate).toBe(false);
    expect(record.consentWithdrawnAt).not.toBeNull();
  });

  it("an early reveal shows on the phone that is still answering, and a later answer is refused, not called saved", async () => {
    const { conversationId, itemIds } = await startConversation();
    asParentPhone(conversationId);
    await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 3));
    asProfessional();
    expect(await revealEarlyAction(null, formData({ conversationId }))).toMatchObject({ ok: true });

    asParentPhone(conversationId);
    // What the phone polls for: revealed, early, and this parent was not done.
    expect(await getConversationProgress((await conversationForDevice(conversationId))!)).toMatchObject({ status: "REVEALED", revealedEarly: true, done: { PARENT: false } });
    expect(await saveRatingAction(save(conversationId, itemIds[1], "PARENT", 5))).toMatchObject({ ok: false, message: "locked" });
    // What the parent had answered before the reveal is in their summary; the refused answer is not.
    const summary = await getParentSummary((await conversationForDevice(conversationId))!, "nl");
    expect(summary?.items.find((item) => item.itemId === itemIds[0])?.ratings.PARENT?.value).toBe(3);
    expect(summary?.items.find((item) => item.itemId === itemIds[1])?.ratings.PARENT).toBeNull();
  });
});

describe("the parent's language", () => {
  it("the parent switches it while answering, and the answers stay", async () => {
    const { conversationId, itemIds } = await startConversation();
    asParentPhone(conversationId);
    await saveRatingAction(save(conversationId, itemIds[0], "PARENT", 4));
    expect(await setConversationLanguageAction({ conversationId, locale: "ar" })).toEqual({ ok: true, data: undefined });
    expect(rememberParentLocale).toHaveBeenCalledWith("ar");
    const sheet = await getRatingSheet((await conversationForDevice(conversationId))!, "nl");
    expect(sheet?.parentLocale).toBe("ar");
    expect(sheet?.ratings.PARENT?.[itemIds[0]]?.value).toBe(4);
  });

  it("refuses a language without content, or a professional choosing it for the parent, and changes nothing", async () => {
    const { conversationId } = await startConversation();
    asParentPhone(conversationId);
    expect(await setConversationLanguageAction({ conversationId, locale: "so" })).toMatchObject({ ok: false, message: "invalid" });
    asProfessional();
    expect(await setConversationLanguageAction({ conversationId, locale: "tr" })).toMatchObject({ ok: false, message: "forbidden" });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).parentLocale).toBe("nl");
  });

  it("the professional sees the parent's statement and comment as the parent wrote them, in their language", async () => {
    const { conversationId, itemIds } = await startConversation({ parentLocale: "tr" });
    asParentPhone(conversationId);
    await saveRatingAction({ ...save(conversationId, itemIds[0], "PARENT", 2), comment: "Bazen acele ediyor", locale: "tr" });
    await markSideDoneAction({ conversationId, side: "PARENT" });
    asProfessional();
    await markSideDoneAction({ conversationId, side: "PROFESSIONAL" });

    const comparison = await getConversationComparison((await conversationFor(world.actors["professional of the team"], conversationId, "read"))!, "nl");
    const item = comparison!.items.find((entry) => entry.itemId === itemIds[0])!;
    expect(item.ratings.PARENT).toEqual({ value: 2, comment: "Bazen acele ediyor", locale: "tr" });
    expect(item.statements.PARENT).toEqual({ text: tr.items["twelve-questions"]["feel-important"].parentStatement, locale: "tr", inComparisonLanguage: nl.items["twelve-questions"]["feel-important"].parentStatement });
    expect(item.statements.PROFESSIONAL).toEqual({ text: nl.items["twelve-questions"]["feel-important"].professionalStatement, locale: "nl" });

    asParentPhone(conversationId);
    const summary = await getParentSummary((await conversationForDevice(conversationId))!, "tr");
    expect(summary!.items.find((entry) => entry.itemId === itemIds[0])!.statements).toEqual({
      PARENT: { text: tr.items["twelve-questions"]["feel-important"].parentStatement, locale: "tr" },
      PROFESSIONAL: { text: tr.items["twelve-questions"]["feel-important"].professionalStatement, locale: "tr" },
    });
  });

  it("on the join page, only a language with content is remembered, and bad input gets a kind answer", async () => {
    vi.mocked(rememberParentLocale).mockClear();
    for (const bad of [{}, { locale: "xx" }, { locale: ["tr"] }, { locale: "tr\u0000" }, null, "tr"]) {
      expect(await chooseParentLanguageAction(bad)).toMatchObject({ ok: false, message: "invalid" });
    }
    expect(rememberParentLocale).not.toHaveBeenCalled();
    expect(await chooseParentLanguageAction({ locale: "pl" })).toEqual({ ok: true, data: undefined });
    expect(rememberParentLocale).toHaveBeenCalledWith("pl");
  });

  it("a language chosen on the join page wins over the preselected one when the parent joins", async () => {
    const { conversationId } = await startConversation({ parentLocale: "tr" });
    const code = "ABCD2345";
    await db.conversation.update({ where: { id: conversationId }, data: { joinCodeHash: hashJoinCode(code) } });
    vi.mocked(readParentMode).mockResolvedValue(null);
    vi.mocked(readParentLocale).mockResolvedValueOnce("uk");
    await expect(joinConversationAction(null, formData({ code }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).parentLocale).toBe("uk");
  });
});
