import { beforeEach, describe, expect, it, vi } from "vitest";
import { addAgreementAction, saveNoteAction, setAppointmentAction } from "@/lib/actions/agreements";
import { createJoinCodeAction, enterParentModeAction, revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import { authenticate } from "@/lib/auth/authenticate";
import { getCurrentUser } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/dashboard/csv";
import { createWorld, FIXTURE_PASSWORD, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("@/lib/conversation/cookies", () => ({ readParentMode: vi.fn(async () => null), readParticipant: vi.fn(async () => null), startParentMode: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.40" }) }));

let world: World;
beforeEach(async () => {
  await resetDatabase(db);
  const { seedContent } = await import("@/prisma/seed/content");
  await seedContent(db);
  world = await createWorld(db);
});

const redirects = (promise: Promise<unknown>) => expect(promise).rejects.toThrow(/NEXT_REDIRECT/);

describe("the audit log an auditor can use", () => {
  it("records who did what to which family, and when, for every step of a conversation; never its content", async () => {
    const professional = { ...world.actors["professional of the team"], hasPin: true, sessionStartedAt: Date.now() };
    vi.mocked(getCurrentUser).mockResolvedValue(professional);
    const started = await startConversationAction(null, formData({ familyId: world.family.id, phaseKey: "main", instrumentKeys: ["twelve-questions"], parentLocale: "nl" }));
    if (!started.ok) throw new Error(JSON.stringify(started));
    const conversationId = started.data.conversationId;
    const itemId = (await db.conversationItem.findFirstOrThrow({ where: { conversationId } })).itemId;
    await createJoinCodeAction(null, formData({ conversationId }));
    await redirects(enterParentModeAction(null, formData({ conversationId })));
    await revealEarlyAction(null, formData({ conversationId }));
    await saveNoteAction({ conversationId, itemId, text: "Geheime notitie" });
    await addAgreementAction(null, formData({ conversationId, text: "Geheime afspraak", owner: "TOGETHER" }));
    await setAppointmentAction(null, formData({ conversationId, date: "2027-01-12", time: "14:30" }));

    const events = await db.auditEvent.findMany({ where: { familyId: world.family.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.action)).toEqual([
      "CONVERSATION_STARTED",
      "JOIN_CODE_ISSUED",
      "PARENT_MODE_ENTERED",
      "CONVERSATION_REVEALED",
      "NOTE_WRITTEN",
      "AGREEMENT_WRITTEN",
      "APPOINTMENT_WRITTEN",
    ]);
    expect(new Set(events.map((event) => event.actorId))).toEqual(new Set([world.professional.id]));
    expect(JSON.stringify(events)).not.toMatch(/Geheime/);
  });

  it("records sign-ins and failed sign-ins of an account, and nothing for an address nobody has", async () => {
    const email = (await db.user.findUniqueOrThrow({ where: { id: world.professional.id } })).email;
    await authenticate(db, { email, password: "wrong-password" }, "198.51.100.1");
    await authenticate(db, { email, password: FIXTURE_PASSWORD }, "198.51.100.1");
    await authenticate(db, { email: "nobody@example.nl", password: "x" }, "198.51.100.1");
    const events = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, organisationId: true } });
    expect(events).toEqual([
      { action: "SIGN_IN_FAILED", actorId: world.professional.id, organisationId: world.organisation.id },
      { action: "SIGNED_IN", actorId: world.professional.id, organisationId: world.organisation.id },
    ]);
  });

  it("the admin filters the log by kind, and only sees their own organisation", async () => {
    const email = (await db.user.findUniqueOrThrow({ where: { id: world.professional.id } })).email;
    await authenticate(db, { email, password: FIXTURE_PASSWORD }, "198.51.100.1");
    await authenticate(db, { email, password: "wrong-password" }, "198.51.100.1");
    const admin = world.actors.admin;
    expect((await listAuditEvents(admin, { action: "SIGN_IN_FAILED" }))!.map((event) => event.action)).toEqual(["SIGN_IN_FAILED"]);
    expect(await listAuditEvents(world.actors["admin of another organisation"], { action: "SIGN_IN_FAILED" })).toEqual([]);
    expect(await listAuditEvents(world.actors["professional of the team"])).toBeNull();
  });

  it("an exported label that looks like a formula stays text in a spreadsheet", () => {
    expect(toCsv([["=HYPERLINK(\"x\")", "-0.5", "@SUM(A1)", "Fam. J."]])).toBe("\uFEFF\"'=HYPERLINK(\"\"x\"\")\",-0.5,'@SUM(A1),Fam. J.\r\n");
  });
});
