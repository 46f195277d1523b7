"use server";

import { recordConversationAudit } from "@/lib/audit/record";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { usablePasswordOf } from "@/lib/auth/identity-check";
import { verifySecret } from "@/lib/auth/password";
import { clearFailures, reserveAttempt, settleAttempt } from "@/lib/auth/throttle";
import { endParentMode, readParentMode, startParticipant, type ParentMode } from "@/lib/conversation/cookies";
import { consentWording } from "@/lib/conversation/consent";
import { hashJoinCode } from "@/lib/conversation/join-code";
import { settleJoinedLanguage } from "@/lib/conversation/parent-language";
import { saveRating } from "@/lib/conversation/save-rating";
import { refreshBlocksOf } from "@/lib/dashboard/blocks";
import { db } from "@/lib/db";
import { ZConsent, ZJoin, ZLeaveParentMode, ZLeaveWithPassword, ZMarkDone, ZSaveRating } from "@/lib/validations/conversation";
import { atConversation, fail, fieldErrorsOf, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// What happens while rating, from the tablet in parent mode, the parent's phone, or the
// professional's own screen. Each call may only touch the sides its device rates for.

/** Autosave of one rating. Idempotent: a retry of the same save changes nothing. */
export async function saveRatingAction(input: unknown): Promise<ActionResult> {
  return runAction(ZSaveRating, input, async (access, rating) => {
    if (!access.sides.includes(rating.side)) return fail("forbidden");
    const outcome = await saveRating(db, rating);
    return outcome === "saved" || outcome === "stale" ? { ok: true, data: undefined } : fail(outcome);
  }, atConversation);
}

/** "Klaar": this side has rated. When both have, the ratings are revealed. */
export async function markSideDoneAction(input: unknown): Promise<ActionResult<{ revealed: boolean }>> {
  return runAction(ZMarkDone, input, async (access, { conversationId, side }) => {
    if (!access.sides.includes(side)) return fail("forbidden");
    const doneField = side === "PARENT" ? "parentDoneAt" : "professionalDoneAt";
    const updated = await db.conversation.updateMany({
      where: { id: conversationId, status: "RATING" },
      data: { [doneField]: new Date() },
    });
    if (updated.count === 0) return fail("locked");
    // Reveal in the same statement that checks both sides, so two "done" at once reveal once.
    const revealed = await db.$transaction(async (tx) => {
      const { count } = await tx.conversation.updateMany({
        where: { id: conversationId, status: "RATING", parentDoneAt: { not: null }, professionalDoneAt: { not: null } },
        data: { status: "REVEALED", revealedAt: new Date(), joinCodeHash: null },
      });
      if (count === 1) {
        await refreshBlocksOf(tx, [conversationId]);
        // Whoever pressed the last "Klaar": the professional, on their own screen or the tablet, or
        // the parent's phone (no account).
        const actorId = access.caller.kind === "professional" ? access.caller.user.id : access.caller.kind === "tablet" ? access.caller.professionalId : null;
        await recordConversationAudit(tx, { conversationId, actorId, action: "CONVERSATION_REVEALED" });
      }
      return count === 1;
    });
    return { ok: true, data: { revealed } };
  }, atConversation);
}

/** The parent's own answer to whether their ratings may count, anonymously, in the team's results. */
export async function setConsentAction(input: unknown): Promise<ActionResult> {
  return runAction(ZConsent, input, async (access, { conversationId, consent, locale }) => {
    if (!access.sides.includes("PARENT")) return fail("forbidden");
    await db.$transaction(async (tx) => {
      const before = await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { consentToAggregate: true } });
      const now = new Date();
      // What was asked, when, and a yes taken back: the record the AVG asks for.
      const { status } = await tx.conversation.update({
        where: { id: conversationId },
        data: {
          consentToAggregate: consent,
          consentAnsweredAt: now,
          consentWording: consentWording(locale),
          ...(before.consentToAggregate === true && !consent ? { consentWithdrawnAt: now } : {}),
        },
        select: { status: true },
      });
      // Before the reveal nothing counts yet; after it, a changed consent moves the team's figures.
      if (status === "REVEALED") await refreshBlocksOf(tx, [conversationId]);
    });
    return { ok: true, data: undefined };
  }, atConversation);
}

/** Leaves parent mode with the PIN of the professional who started it. Wrong PINs are throttled. */
export async function leaveParentModeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const mode = await readParentMode();
  if (!mode) redirect("/start");
  const parsed = ZLeaveParentMode.safeParse(formValues(formData));
  if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
  const reservation = await reserveAttempt(db, "pin", mode.professionalId, clientIp(await headers()));
  if (!reservation.allowed) return fail("throttled");
  const professional = await db.user.findUnique({ where: { id: mode.professionalId }, select: { pinHash: true } });
  const matches = professional?.pinHash ? await verifySecret(professional.pinHash, parsed.data.pin) : false;
  await settleAttempt(db, reservation, matches);
  if (!matches) return fail("invalid", { pin: ["wrongPin"] });
  await endParentModeFor(mode);
  redirect(`/gesprekken/${mode.conversationId}`);
}

/**
 * Leaves parent mode with the professional's password instead: for a forgotten PIN, or one
 * locked after too many wrong tries, so the tablet is never stuck. Throttled like signing in.
 * Staff without a usable password set a new PIN instead (lib/actions/settings), which unlocks too.
 */
export async function leaveParentModeWithPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const mode = await readParentMode();
  if (!mode) redirect("/start");
  const parsed = ZLeaveWithPassword.safeParse(formValues(formData));
  if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
  // Staff without a password (or whose organisation switched passwords off) set a new PIN instead.
  const professional = await usablePasswordOf(mode.professionalId);
  if (!professional) return fail("invalid", { password: ["wrongPassword"] });
  const reservation = await reserveAttempt(db, "sign-in", professional.email, clientIp(await headers()));
  if (!reservation.allowed) return fail("throttled");
  const matches = await verifySecret(professional.passwordHash, parsed.data.password);
  await settleAttempt(db, reservation, matches);
  if (!matches) return fail("invalid", { password: ["wrongPassword"] });
  // The password proved who it is: the PIN is unlocked too.
  await clearFailures(db, "pin", mode.professionalId);
  await endParentModeFor(mode);
  redirect(`/gesprekken/${mode.conversationId}`);
}

/** The server's lock first, then the tablet's cookie. */
async function endParentModeFor(mode: ParentMode) {
  await db.$transaction(async (tx) => {
    await tx.parentModeLock.deleteMany({ where: { userId: mode.professionalId, conversationId: mode.conversationId } });
    await recordConversationAudit(tx, { conversationId: mode.conversationId, actorId: mode.professionalId, action: "PARENT_MODE_LEFT" });
  });
  await endParentMode();
}

/** A parent joins on their own phone with the code the professional shows. */
export async function joinConversationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = ZJoin.safeParse(formValues(formData));
  if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
  const ip = clientIp(await headers());
  // Per address: whoever guesses codes is slowed down long before one could be found.
  const reservation = await reserveAttempt(db, "join-code", ip, ip);
  if (!reservation.allowed) return fail("throttled");
  const conversation = await db.conversation.findFirst({
    where: { joinCodeHash: hashJoinCode(parsed.data.code), joinCodeExpiresAt: { gt: new Date() }, status: "RATING" },
    select: { id: true, joinCodeExpiresAt: true },
  });
  await settleAttempt(db, reservation, conversation !== null);
  if (!conversation) return fail("invalid", { code: ["unknownCode"] });
  await startParticipant({ conversationId: conversation.id }, conversation.joinCodeExpiresAt!);
  await settleJoinedLanguage(conversation.id);
  redirect("/doe-mee/gesprek");
}
