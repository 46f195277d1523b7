import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getServerSession } from "next-auth";
import { addAgreementAction, editAgreementAction, lookBackOnAgreementAction, tickOffAgreementAction } from "@/lib/actions/agreements";
import { revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import { setConsentAction } from "@/lib/actions/rating";
import { conversationFor } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { readParentMode, readParticipant } from "@/lib/conversation/cookies";
import { getConversationComparison } from "@/lib/data/conversation-comparison";
import { dashboardFor } from "@/lib/data/dashboard";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { createFamily, createWorld, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

// Agreements carry over: changed and ticked off where they were made (the server records when),
// looked back on together in the next conversation, and counted as done on time by when they
// were done. The session is next-auth's (mocked); everything after it is the real code, the
// parent-mode check in getCurrentUser included.
vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));
vi.mock("@/lib/conversation/cookies", () => ({ readParentMode: vi.fn(async () => null), readParticipant: vi.fn(async () => null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.41" }) }));

let world: World;
let professional: SessionUser;
const SESSION_STARTED = Date.now() - 60_000;

// The instrument content once; every test then starts from fresh organisations.
beforeAll(() => resetDatabase(db).then(() => seedContent(db)));

beforeEach(async () => {
  await db.organisation.deleteMany();
  world = await createWorld(db);
  professional = world.actors["professional of the team"];
  signIn(professional);
});

afterEach(() => vi.useRealTimers());

function signIn(user: SessionUser | null) {
  vi.mocked(getServerSession).mockResolvedValue(user ? { user: { id: user.id, startedAt: SESSION_STARTED }, expires: "" } : null);
  vi.mocked(readParentMode).mockResolvedValue(null);
  vi.mocked(readParticipant).mockResolvedValue(null);
}

async function startConversation(familyId = world.family.id) {
  const started = await startConversationAction(null, formData({ familyId, phaseKey: "main", instrumentKeys: ["twelve-questions"], parentLocale: "nl" }));
  if (!started.ok) throw new Error(JSON.stringify(started));
  return started.data.conversationId;
}

async function addAgreement(conversationId: string, text: string, dueDate = "") {
  expect(await addAgreementAction(null, formData({ conversationId, text, owner: "TOGETHER", dueDate }))).toEqual({ ok: true, data: undefined });
  return db.agreement.findFirstOrThrow({ where: { conversationId, text } });
}

const tickOff = (conversationId: string, agreementId: string, done: boolean) =>
  tickOffAgreementAction(null, formData({ conversationId, agreementId, done: String(done) }));
const lookBack = (conversationId: string, agreementId: string, status: "DONE" | "NOT_DONE" | "OPEN") =>
  lookBackOnAgreementAction(null, formData({ conversationId, agreementId, status }));
const agreementRow = (id: string) => db.agreement.findUniqueOrThrow({ where: { id } });

/** The conversation's page as the professional sees it. */
async function pageOf(conversationId: string) {
  const grant = await conversationFor(professional, conversationId, "write");
  return (await getConversationComparison(grant!, "nl"))!;
}

/** "2026-11-24": a day relative to today, as a due date is given. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe("changing and ticking off an agreement", () => {
  it("changes what, who and by when; a tick records the server's time, and taking it back clears it", async () => {
    const conversationId = await startConversation();
    const agreement = await addAgreement(conversationId, "Elke vrijdag bellen");
    const written = await db.auditEvent.count({ where: { action: "AGREEMENT_WRITTEN" } });

    expect(
      await editAgreementAction(null, formData({ conversationId, agreementId: agreement.id, text: "Elke donderdag bellen", owner: "PARENT", dueDate: "2027-01-15" })),
    ).toEqual({ ok: true, data: undefined });
    expect(await agreementRow(agreement.id)).toMatchObject({ text: "Elke donderdag bellen", owner: "PARENT", dueDate: new Date("2027-01-15T00:00:00Z"), status: "OPEN", doneAt: null });

    const before = Date.now();
    expect(await tickOff(conversationId, agreement.id, true)).toEqual({ ok: true, data: undefined });
    const ticked = await agreementRow(agreement.id);
    expect(ticked.status).toBe("DONE");
    expect(ticked.doneAt!.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(ticked.doneAt!.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    // Ticking it again does not move the day it was done.
    await tickOff(conversationId, agreement.id, true);
    expect((await agreementRow(agreement.id)).doneAt).toEqual(ticked.doneAt);

    expect(await tickOff(conversationId, agreement.id, false)).toEqual({ ok: true, data: undefined });
    expect(await agreementRow(agreement.id)).toMatchObject({ status: "OPEN", doneAt: null });
    // Every change is in the family's trail, as the other agreement actions are (no content).
    expect(await db.auditEvent.count({ where: { action: "AGREEMENT_WRITTEN" } })).toBe(written + 4);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain("donderdag");
  });

  it("refuses bad input kindly and changes nothing", async () => {
    const conversationId = await startConversation();
    const agreement = await addAgreement(conversationId, "Elke vrijdag bellen");
    const unchanged = await agreementRow(agreement.id);
    const edit = (fields: Record<string, string>) =>
      editAgreementAction(null, formData({ conversationId, agreementId: agreement.id, text: "Iets", owner: "PARENT", dueDate: "", ...fields }));
    expect(await edit({ text: "   " })).toMatchObject({ ok: false, message: "invalid", fieldErrors: { text: ["required"] } });
    expect(await edit({ dueDate: "2027-02-30" })).toMatchObject({ ok: false, fieldErrors: { dueDate: ["dateFormat"] } });
    expect(await edit({ owner: "GRANDMA" })).toMatchObject({ ok: false, fieldErrors: { owner: ["required"] } });
    expect(await tickOffAgreementAction(null, formData({ conversationId, agreementId: agreement.id, done: "yes" }))).toMatchObject({ ok: false, message: "invalid" });
    expect(await agreementRow(agreement.id)).toEqual(unchanged);
  });

  it("is refused for another team's agreement, another family's, the team lead, and a tablet in parent mode", async () => {
    const conversationId = await startConversation();
    const agreement = await addAgreement(conversationId, "Elke vrijdag bellen");
    const unchanged = await agreementRow(agreement.id);
    const attempts = () => [
      editAgreementAction(null, formData({ conversationId, agreementId: agreement.id, text: "Gekaapt", owner: "PARENT" })),
      tickOff(conversationId, agreement.id, true),
    ];

    // Another team: its conversation is not theirs, and looks the same as none at all.
    signIn(world.actors["professional of another team"]);
    for (const result of await Promise.all(attempts())) expect(result).toEqual({ ok: false, message: "notFound" });
    signIn(world.actors["team lead of the team"]);
    for (const result of await Promise.all(attempts())) expect(result).toEqual({ ok: false, message: "notFound" });

    // A professional of team B, in their own conversation, naming team A's agreement.
    const otherTeamProfessional = world.actors["professional of another team"];
    const otherFamily = await createFamily(db, world.organisation.id, world.teamB.id, [otherTeamProfessional.id]);
    signIn(otherTeamProfessional);
    const theirConversation = await startConversation(otherFamily.id);
    expect(await tickOff(theirConversation, agreement.id, true)).toEqual({ ok: false, message: "notFound" });
    expect(await lookBack(theirConversation, agreement.id, "DONE")).toEqual({ ok: false, message: "notFound" });

    // The tablet handed to the parent: the professional's session on it acts for nobody.
    signIn(professional);
    vi.mocked(readParentMode).mockResolvedValue({ conversationId, professionalId: professional.id });
    for (const result of await Promise.all(attempts())) expect(result).toEqual({ ok: false, message: "unauthenticated" });
    // Also when the parent deletes the parent-mode cookie: the handed-over session stays locked.
    vi.mocked(readParentMode).mockResolvedValue(null);
    await db.parentModeLock.create({ data: { userId: professional.id, sessionStartedAt: new Date(SESSION_STARTED), conversationId } });
    for (const result of await Promise.all(attempts())) expect(result).toEqual({ ok: false, message: "unauthenticated" });

    expect(await agreementRow(agreement.id)).toEqual(unchanged);
  });
});

describe("the next conversation opens with last time's agreements", () => {
  it("shows every agreement still to look back on, from the second conversation on, and nothing of later ones", async () => {
    const first = await startConversation();
    const open = await addAgreement(first, "Elke vrijdag bellen", day(14));
    const ticked = await addAgreement(first, "Een boekje lenen");
    await tickOff(first, ticked.id, true);
    const tickedAt = (await agreementRow(ticked.id)).doneAt;
    expect((await pageOf(first)).earlierOpenAgreements).toEqual([]);

    // The second conversation: both, the ticked one too, to look back on together.
    const second = await startConversation();
    const earlier = (await pageOf(second)).earlierOpenAgreements;
    expect(earlier.map((agreement) => [agreement.text, agreement.status, agreement.lookedBackIn])).toEqual([
      ["Elke vrijdag bellen", "OPEN", null],
      ["Een boekje lenen", "DONE", null],
    ]);
    expect(earlier[1].doneAt).toEqual(tickedAt);

    // Looked back on: still open (and adjusted), and done. Both stay on this page, marked.
    expect(await lookBack(second, open.id, "OPEN")).toEqual({ ok: true, data: undefined });
    expect(await editAgreementAction(null, formData({ conversationId: second, agreementId: open.id, text: "Om de week bellen", owner: "PROFESSIONAL", dueDate: day(28) }))).toMatchObject({ ok: true });
    expect(await lookBack(second, ticked.id, "DONE")).toEqual({ ok: true, data: undefined });
    const lookedBack = (await pageOf(second)).earlierOpenAgreements;
    expect(lookedBack.map((agreement) => [agreement.text, agreement.status, agreement.lookedBackIn])).toEqual([
      ["Om de week bellen", "OPEN", second],
      ["Een boekje lenen", "DONE", second],
    ]);
    // Looking back on it as done keeps the day it was ticked off.
    expect(lookedBack[1].doneAt).toEqual(tickedAt);
    const made = await addAgreement(second, "Samen naar de bibliotheek");
    // The first conversation's page never shows what came after it.
    expect((await pageOf(first)).earlierOpenAgreements).toEqual([]);

    // The third: what is still open, from both earlier conversations; the done one is closed.
    const third = await startConversation();
    expect((await pageOf(third)).earlierOpenAgreements.map((agreement) => agreement.id)).toEqual([open.id, made.id]);
    // Looked back on as not done in the third: it leaves the fourth.
    await lookBack(third, open.id, "NOT_DONE");
    expect(await agreementRow(open.id)).toMatchObject({ status: "NOT_DONE", doneAt: null, lookedBackInConversationId: third });
    const fourth = await startConversation();
    expect((await pageOf(fourth)).earlierOpenAgreements.map((agreement) => agreement.id)).toEqual([made.id]);
  });
});

describe("done on time, on the dashboard", () => {
  const THRESHOLD = 3;

  /** A new family's conversation, revealed with the parent's consent. */
  async function revealedConversation() {
    const family = await createFamily(db, world.organisation.id, world.teamA.id, [world.professional.id]);
    const conversationId = await startConversation(family.id);
    signIn(null);
    vi.mocked(readParticipant).mockResolvedValue({ conversationId });
    expect(await setConsentAction({ conversationId, consent: true })).toEqual({ ok: true, data: undefined });
    signIn(professional);
    expect((await revealEarlyAction(null, formData({ conversationId }))).ok).toBe(true);
    return conversationId;
  }

  const agreementsSeen = async () => (await dashboardFor(world.actors["team lead of the team"], {}, "nl"))!.agreements;

  it("counts by the day it was ticked off against the due date, never by when it was looked back on", async () => {
    await db.organisation.update({ where: { id: world.organisation.id }, data: { anonymityThreshold: THRESHOLD } });
    const [a, b, c] = [await revealedConversation(), await revealedConversation(), await revealedConversation()];
    const onTime = await addAgreement(a, "Op tijd", day(1));
    const noDate = await addAgreement(a, "Zonder datum");
    const late = await addAgreement(b, "Te laat", day(-1));
    const early = await addAgreement(c, "Vroeg gedaan, laat teruggekeken", day(-1));
    expect(await agreementsSeen()).toMatchObject({ suppressed: false, done: 0, doneOnTime: 0, open: 4, overdue: 2 });

    await tickOff(a, onTime.id, true);
    await tickOff(a, noDate.id, true);
    await tickOff(b, late.id, true);
    // Ticked off three days ago, before it was due; looked back on today, after it was due.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 3 * 86_400_000);
    await tickOff(c, early.id, true);
    vi.useRealTimers();
    const next = await startConversation((await db.conversation.findUniqueOrThrow({ where: { id: c } })).familyId);
    expect(await lookBack(next, early.id, "DONE")).toEqual({ ok: true, data: undefined });
    const row = await agreementRow(early.id);
    expect(row.lookedBackAt!.getTime()).toBeGreaterThan(row.doneAt!.getTime() + 2 * 86_400_000);

    expect(await agreementsSeen()).toMatchObject({ done: 4, doneOnTime: 3, notDone: 0, open: 0, overdue: 0 });

    // The upkeep holds: one family taking its tick back moves nothing until enough families change.
    const published = await agreementsSeen();
    await tickOff(a, onTime.id, false);
    expect(await agreementsSeen()).toEqual(published);
    await tickOff(b, late.id, false);
    await lookBack(next, early.id, "NOT_DONE");
    expect(await agreementsSeen()).toMatchObject({ done: 1, doneOnTime: 1, notDone: 1, open: 2, overdue: 1 });
    // The published rows say the same as a fresh count would.
    const rows = await db.blockConversation.findMany({ select: { agreementsDone: true, agreementsDoneOnTime: true } });
    expect(rows.reduce((sum, block) => sum + block.agreementsDoneOnTime, 0)).toBe(1);
  });
});
