"use server";

import { recordConversationAudit } from "@/lib/audit/record";
import { revalidatePath } from "next/cache";
import { conversationFor } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { refreshBlocksOf } from "@/lib/dashboard/blocks";
import { db } from "@/lib/db";
import { ZAddAgreement, ZLookBackOnAgreement, ZSaveNote, ZSetAppointment } from "@/lib/validations/conversation";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// After the reveal the professional records what the two of them agree, on the tablet they
// share. Only a professional of the family's team may write.

async function writableConversation(user: SessionUser, conversationId: string) {
  const granted = await conversationFor(user, conversationId, "write");
  if (!granted) return null;
  return db.conversation.findUnique({ where: { id: granted.conversationId }, select: { id: true, familyId: true, status: true } });
}

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
          dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
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
    const conversation = await writableConversation(user, input.conversationId);
    if (!conversation) return fail("notFound");
    const agreement = await db.agreement.findFirst({ where: { id: input.agreementId, familyId: conversation.familyId }, select: { conversationId: true } });
    if (!agreement) return fail("notFound");
    await db.$transaction(async (tx) => {
      await tx.agreement.update({
        where: { id: input.agreementId },
        data: { status: input.status, lookedBackInConversationId: conversation.id, lookedBackAt: new Date() },
      });
      // The agreement counts where it was made, not where it is looked back on.
      await refreshBlocksOf(tx, [agreement.conversationId]);
      await recordConversationAudit(tx, { conversationId: conversation.id, actorId: user.id, action: "AGREEMENT_WRITTEN" });
    });
    revalidatePath(`/gesprekken/${conversation.id}`);
    return { ok: true, data: undefined };
  });
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
