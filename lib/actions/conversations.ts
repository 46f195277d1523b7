"use server";

import { recordConversationAudit } from "@/lib/audit/record";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { conversationFor, familyFor } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { startParentMode } from "@/lib/conversation/cookies";
import { hashJoinCode, JOIN_CODE_HOURS, newJoinCode } from "@/lib/conversation/join-code";
import { refreshBlocksOf } from "@/lib/dashboard/blocks";
import { db } from "@/lib/db";
import { PRAATPLAAT } from "@/lib/domain";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZConversationRef, ZStartConversation } from "@/lib/validations/conversation";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// What the professional does with a conversation: start it, hand the tablet over, invite the
// parent's phone, reveal early. Only a professional of the family's team may.

async function conversationOfProfessional(user: SessionUser, conversationId: string) {
  const granted = await conversationFor(user, conversationId, "write");
  if (!granted) return null;
  return db.conversation.findUnique({ where: { id: granted.conversationId }, select: { id: true, status: true } });
}

export async function startConversationAction(
  _previous: ActionResult<{ conversationId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ conversationId: string }>> {
  let next: string | null = null;
  const result = await runAction(ZStartConversation, formValues(formData, ["instrumentKeys", "themeKeys"]), async (user, input) => {
    if (user.role !== "PROFESSIONAL") return fail("forbidden");
    const family = await familyFor(user, input.familyId, "converse");
    if (!family) return fail("notFound");
    // The praatplaat's own theme belongs to the praatplaat: without it, a typed title is dropped.
    const ownThemeTitle = input.instrumentKeys.includes(PRAATPLAAT) ? input.ownThemeTitle : "";
    const items = await chooseItems(input.instrumentKeys, input.themeKeys, ownThemeTitle !== "");
    if (items.length === 0) return fail("invalid", { themeKeys: ["chooseTheme"] });
    const handOver = input.rateOn === "tablet" && user.hasPin;
    // One step: a conversation is never left started without its audit line or, when the tablet
    // goes to the parent, without the lock that keeps it there (a retry would start a second one).
    const conversation = await db.$transaction(async (tx) => {
      const created = await tx.conversation.create({
        data: {
          organisationId: family.organisationId,
          teamId: family.teamId,
          familyId: family.familyId,
          professionalId: user.id,
          phaseKey: input.phaseKey,
          parentLocale: input.parentLocale,
          ownThemeTitle: ownThemeTitle || null,
          items: { create: items.map((itemId, position) => ({ itemId, position })) },
        },
        select: { id: true },
      });
      await recordConversationAudit(tx, { conversationId: created.id, actorId: user.id, action: "CONVERSATION_STARTED" });
      if (handOver) await lockTablet(tx, user, created.id);
      return created;
    });
    revalidatePath(`/gezinnen/${family.familyId}`);
    // Straight on from the form: the tablet to the parent (their first question), or the conversation's page.
    if (handOver) {
      await startParentMode({ conversationId: conversation.id, professionalId: user.id });
      next = `/ouder/${conversation.id}`;
    } else if (input.rateOn) next = `/gesprekken/${conversation.id}`;
    return { ok: true, data: { conversationId: conversation.id } };
  });
  if (result.ok && next) redirect(next);
  return result;
}

/** The items of the latest version of each chosen instrument; of the praatplaat only the chosen themes. */
async function chooseItems(instrumentKeys: string[], themeKeys: string[], withOwnTheme: boolean): Promise<string[]> {
  const instruments = await db.instrument.findMany({
    where: { key: { in: instrumentKeys } },
    orderBy: { position: "asc" },
    select: {
      key: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { items: { orderBy: { position: "asc" }, select: { id: true, key: true, kind: true } } } },
    },
  });
  return instruments.flatMap(({ key, versions }) =>
    (versions[0]?.items ?? [])
      .filter((item) => key !== PRAATPLAAT || (item.kind === "OPEN_THEME" ? withOwnTheme : themeKeys.includes(item.key)))
      .map((item) => item.id),
  );
}

/**
 * Locks this signed-in session to one conversation in parent mode, until the PIN is typed. On the
 * server first: deleting the parent-mode cookie (startParentMode sets it after) must not give the
 * session back.
 */
async function lockTablet(tx: Prisma.TransactionClient, user: SessionUser, conversationId: string): Promise<void> {
  const sessionStartedAt = new Date(user.sessionStartedAt ?? 0);
  await tx.parentModeLock.upsert({
    where: { userId_sessionStartedAt: { userId: user.id, sessionStartedAt } },
    create: { userId: user.id, sessionStartedAt, conversationId },
    update: { conversationId },
  });
  await recordConversationAudit(tx, { conversationId, actorId: user.id, action: "PARENT_MODE_ENTERED" });
}

/** Hands the tablet over: from now on it shows only this conversation, until the PIN is typed. */
export async function enterParentModeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(ZConversationRef, formValues(formData), async (user, input) => {
    const conversation = await conversationOfProfessional(user, input.conversationId);
    if (!conversation) return fail("notFound");
    if (!user.hasPin) return fail("noPin");
    await db.$transaction((tx) => lockTablet(tx, user, conversation.id));
    await startParentMode({ conversationId: conversation.id, professionalId: user.id });
    return { ok: true, data: undefined };
  });
  if (result.ok) redirect(`/ouder/${String(formData.get("conversationId"))}`);
  return result;
}

/** A fresh join code for the parent's phone; any earlier code for this conversation stops working. */
export async function createJoinCodeAction(
  _previous: ActionResult<{ code: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ code: string }>> {
  return runAction(ZConversationRef, formValues(formData), async (user, input) => {
    const conversation = await conversationOfProfessional(user, input.conversationId);
    if (!conversation) return fail("notFound");
    if (conversation.status !== "RATING") return fail("locked");
    const code = newJoinCode();
    await db.$transaction(async (tx) => {
      await tx.conversation.update({
        where: { id: conversation.id },
        data: { joinCodeHash: hashJoinCode(code), joinCodeExpiresAt: new Date(Date.now() + JOIN_CODE_HOURS * 3_600_000) },
      });
      await recordConversationAudit(tx, { conversationId: conversation.id, actorId: user.id, action: "JOIN_CODE_ISSUED" });
    });
    return { ok: true, data: { code } };
  });
}

/** Shows both sides' ratings before both are done; recorded, because it changes what they mean. */
export async function revealEarlyAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZConversationRef, formValues(formData), async (user, input) => {
    const conversation = await conversationOfProfessional(user, input.conversationId);
    if (!conversation) return fail("notFound");
    if (conversation.status === "RATING") {
      await db.$transaction(async (tx) => {
        await tx.conversation.update({
          where: { id: conversation.id },
          data: { status: "REVEALED", revealedAt: new Date(), revealedEarly: true, joinCodeHash: null },
        });
        await refreshBlocksOf(tx, [conversation.id]);
        await recordConversationAudit(tx, { conversationId: conversation.id, actorId: user.id, action: "CONVERSATION_REVEALED" });
      });
    }
    revalidatePath(`/gesprekken/${conversation.id}`);
    return { ok: true, data: undefined };
  });
}
