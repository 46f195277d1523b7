"use server";

import { recordConversationAudit } from "@/lib/audit/record";
import { revalidatePath } from "next/cache";
import { conversationFor } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { refreshBlocksOf } from "@/lib/dashboard/blocks";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZAddAgreement, ZEditAgreement, ZLookBackOnAgreement, ZSaveNote, ZSetAppointment, ZTickOffAgreement } from "@/lib/validations/conversation";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// After the reveal the professional records what the two of them agree, on the tablet they
// share. Only a professional of the family's team may write.

async function writableConversation(user: SessionUser, conversationId: string) {
  const granted = await conversationFor(user, conversationId, "write");
  if (!granted) return null;
  return db.conversation.findUnique({ where: { id: granted.conversationId }, select: { id: true, familyId: true, status: true } });
}

/**
 * An agreement of the family, worked on in one of its conversations the user may write: the one it
 * was made in, or a later one that looks back on it. Another family's agreement looks the same as
 * none at all.
 */
async function writableAgreement(user: SessionUser, conversationId: string, agreementId: string) {
  const conversation = await writableConversation(user, conversationId);
  if (!conversation) return null;
  const agreement = await db.agreement.findFirst({ where: { id: agreementId, familyId: conversation.familyId }, select: { id: true, conversationId: true, doneAt: true } });
  return agreement ? { conversation, agreement } : null;
}

/**
 * When it was done: the server's clock at the first tick, kept while it stays done (looking back on
 * it as done later does not move it), cleared when it is no longer done.
 */
function doneAtFor(status: "OPEN" | "DONE" | "NOT_DONE", previous: Date | null): Date | null {
  return status === "DONE" ? (previous ?? new Date()) : null;
}

const dueDateOf = (dueDate: string) => (dueDate ? new Date(`${dueDate}T00:00:00Z`) : null);

export async function saveNoteAction(input: unknown): Promise<ActionResult> {
  return runAction(ZSaveNote, input, async (user, { conversationId, itemId, text }) => {
    const conversation = await writableConversation(user, conversationId);
    if (!conversation) return fail("notFound");
    const inConversation = await db.conversationItem.count({ where: { conversationId, itemId } });
    if (!inConversation) return fail("notFound");
    await db.$transaction(async (tx) => {
      await tx.itemNote.upsert({
        where: { conversationId_itemId: { conversationId, itemId } },
        create: { conversationId, itemId, text },
        update: { text },
      });
      await recordConversationAudit(tx, { conversationId, actorId: user.id, action: "NOTE_WRITTEN" });
    });
    return { ok: true, data: undefined };
  });
}

export async function addAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZAddAgreement, formValues(formData), async (user, input) => {
    const conversation = await writableConversation(user, input.conversationId);
    if (!conversation) return fail("notFound");
    await db.$transaction(async (tx) => {
      await tx.agreement.create({
        data: {
          conversationId: conversation.id,
          familyId: conversation.familyId,
          text: input.text,
          owner: input.owner,
          dueDate: dueDateOf(input.dueDate),
        },
      });
      await refreshBlocksOf(tx, [conversation.id]);
      await recordConversationAudit(tx, { conversationId: conversation.id, actorId: user.id, action: "AGREEMENT_WRITTEN" });
    });
    revalidatePath(`/gesprekken/${conversation.id}`);
    return { ok: true, data: undefined };
  });
}

/** Looking back at the next conversation: done, not done, or still open (to adjust and keep). */
export async function lookBackOnAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZLookBackOnAgreement, formValues(formData), async (user, input) => {
    const found = await writableAgreement(user, input.conversationId, input.agreementId);
    if (!found) return fail("notFound");
    return writeAgreement(user, found, {
      status: input.status,
      doneAt: doneAtFor(input.status, found.agreement.doneAt),
      lookedBackInConversationId: found.conversation.id,
      lookedBackAt: new Date(),
    });
  });
}

/** What was agreed, who does it, by when: changed where it was made, or when looking back on it. */
export async function editAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZEditAgreement, formValues(formData), async (user, input) => {
    const found = await writableAgreement(user, input.conversationId, input.agreementId);
    if (!found) return fail("notFound");
    // A new due date can make it done on time, or not: the blocks compare that too.
    return writeAgreement(user, found, { text: input.text, owner: input.owner, dueDate: dueDateOf(input.dueDate) });
  });
}

/** Ticked off as done (recording when), or the tick taken back: open again, no date. */
export async function tickOffAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZTickOffAgreement, formValues(formData), async (user, input) => {
    const found = await writableAgreement(user, input.conversationId, input.agreementId);
    if (!found) return fail("notFound");
    const status = input.done === "true" ? "DONE" : "OPEN";
    return writeAgreement(user, found, { status, doneAt: doneAtFor(status, found.agreement.doneAt) });
  });
}

async function writeAgreement(
  user: SessionUser,
  { conversation, agreement }: NonNullable<Awaited<ReturnType<typeof writableAgreement>>>,
  data: Prisma.AgreementUncheckedUpdateInput,
): Promise<ActionResult> {
  await db.$transaction(async (tx) => {
    await tx.agreement.update({ where: { id: agreement.id }, data });
    // The agreement counts where it was made, not where it is looked back on.
    await refreshBlocksOf(tx, [agreement.conversationId]);
    await recordConversationAudit(tx, { conversationId: conversation.id, actorId: user.id, action: "AGREEMENT_WRITTEN" });
  });
  revalidatePath(`/gesprekken/${conversation.id}`);
  return { ok: true, data: undefined };
}

export async function setAppointmentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZSetAppointment, formValues(formData), async (user, input) => {
    const conversation = await writableConversation(user, input.conversationId);
    if (!conversation) return fail("notFound");
    // Dutch wall-clock time: the appointment is where the family and the school are.
    const at = amsterdamTimeToDate(input.date, input.time);
    await db.$transaction(async (tx) => {
      await tx.conversation.update({
        where: { id: conversation.id },
        data: { nextAppointmentAt: at, nextAppointmentPlace: input.place || null },
      });
      await recordConversationAudit(tx, { conversationId: conversation.id, actorId: user.id, action: "APPOINTMENT_WRITTEN" });
    });
    revalidatePath(`/gesprekken/${conversation.id}`);
    return { ok: true, data: undefined };
  });
}

function amsterdamTimeToDate(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time.slice(0, 5)}:00Z`);
  const offsetMinutes = amsterdamOffsetMinutes(asUtc);
  return new Date(asUtc.getTime() - offsetMinutes * 60_000);
}

function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", timeZoneName: "shortOffset" }).formatToParts(at);
  const match = /GMT([+-]\d+)?/.exec(parts.find((part) => part.type === "timeZoneName")?.value ?? "");
  return Number(match?.[1] ?? 0) * 60;
}
