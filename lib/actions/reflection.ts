"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { reflectionRoundFor, reflectionTeamFor } from "@/lib/auth/gate";
import { effectiveThreshold } from "@/lib/dashboard/suppression";
import { db } from "@/lib/db";
import { currentReflectionItemIds } from "@/lib/data/reflection-items";
import { publishWaiting } from "@/lib/reflection/publish";
import { closeTeamRound, openRound, type RoundOwner } from "@/lib/reflection/rounds";
import {
  ZAddTeamAgreement,
  ZOpenReflectionRound,
  ZReflectionRoundRef,
  ZLookBackOnTeamAgreement,
  ZSaveReflectionRating,
} from "@/lib/validations/reflection";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// Reflection: a professional rates themselves alone; a team lead opens a round in which every
// member does. Nobody ever writes or reads another person's ratings here.

/** Opens one's own round, or a team's; where one is open already, goes there instead. */
export async function openReflectionRoundAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZOpenReflectionRound, formValues(formData), async (user, input) => {
    const team = input.kind === "team" ? await reflectionTeamFor(user, input.teamId) : null;
    if (input.kind === "team" && !team) return fail("notFound");
    const owner: RoundOwner = team ? { teamId: team.teamId } : { ownerId: user.id };
    const itemIds = await currentReflectionItemIds();
    // Without instrument content there is nothing to rate (a database the seed never reached).
    if (itemIds.length === 0) return fail("notFound");
    const roundId = await db.$transaction((tx) => openRound(tx, { organisationId: user.organisationId, openedById: user.id, owner, itemIds }));
    revalidatePath("/reflectie");
    redirect(team ? `/reflectie/${roundId}` : `/reflectie/${roundId}/invullen`);
  });
}

/** One answer of one's own, saved at once; until one presses Klaar it may change. */
export async function saveReflectionRatingAction(input: unknown): Promise<ActionResult> {
  return runAction(ZSaveReflectionRating, input, async (user, { roundId, itemId, value }) => {
    const round = await reflectionRoundFor(user, roundId, "rate");
    if (!round) return fail("notFound");
    const inRound = await db.reflectionItem.count({ where: { roundId, itemId } });
    if (!inRound) return fail("notFound");
    const key = { roundId, userId: user.id };
    const mine = await db.reflection.findUnique({ where: { roundId_userId: key }, select: { finishedAt: true } });
    if (mine?.finishedAt) return fail("locked");
    await db.$transaction([
      db.reflection.upsert({ where: { roundId_userId: key }, create: key, update: {} }),
      db.reflectionRating.upsert({
        where: { roundId_userId_itemId: { ...key, itemId } },
        create: { ...key, itemId, value },
        update: { value },
      }),
    ]);
    return { ok: true, data: undefined };
  });
}

/**
 * Klaar: one's ratings are fixed from now on. In a team round they join the spread together with
 * at least the threshold of colleagues; one's own round closes.
 */
export async function finishReflectionAction(input: unknown): Promise<ActionResult> {
  return runAction(ZReflectionRoundRef, input, async (user, { roundId }) => {
    const round = await reflectionRoundFor(user, roundId, "rate");
    if (!round) return fail("notFound");
    const key = { roundId, userId: user.id };
    const [items, rated, mine] = await Promise.all([
      db.reflectionItem.count({ where: { roundId } }),
      db.reflectionRating.count({ where: key }),
      db.reflection.findUnique({ where: { roundId_userId: key }, select: { finishedAt: true } }),
    ]);
    if (mine?.finishedAt) return { ok: true, data: undefined };
    // "Weet ik niet" is an answer too; every item has one, so each item's spread holds everyone.
    if (!mine || rated < items) return fail("invalid", { items: ["answerAll"] });
    const threshold = round.team ? await thresholdOf(round.organisationId) : 0;
    await db.$transaction(async (tx) => {
      await tx.reflection.update({ where: { roundId_userId: key }, data: { finishedAt: new Date() } });
      if (round.team) await publishWaiting(tx, roundId, threshold);
      else await tx.reflectionRound.update({ where: { id: roundId }, data: { closedAt: new Date() } });
    });
    revalidatePath(`/reflectie/${roundId}`);
    revalidatePath("/reflectie");
    return { ok: true, data: undefined };
  });
}

async function thresholdOf(organisationId: string): Promise<number> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { anonymityThreshold: true } });
  return effectiveThreshold(organisation.anonymityThreshold);
}

/** The team lead (or the admin) ends the rating; what the team sees and agreed stays. */
export async function closeReflectionRoundAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZReflectionRoundRef, formValues(formData), async (user, { roundId }) => {
    const round = await reflectionRoundFor(user, roundId, "manage");
    // Only a team round is managed (lib/auth/gate); one's own closes when one is done.
    if (!round?.team) return fail("notFound");
    if (round.closed) return { ok: true, data: undefined };
    const input = { roundId, organisationId: round.organisationId, closedById: user.id, teamName: round.team.name, threshold: await thresholdOf(round.organisationId) };
    await db.$transaction((tx) => closeTeamRound(tx, input));
    revalidatePath(`/reflectie/${roundId}`);
    revalidatePath("/reflectie");
    return { ok: true, data: undefined };
  });
}

/** The team's own agreement: what, who, by when. Any member may write it down, and the admin. */
export async function addTeamAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZAddTeamAgreement, formValues(formData), async (user, input) => {
    const round = await reflectionRoundFor(user, input.roundId, "agree");
    if (!round) return fail("notFound");
    await db.teamAgreement.create({
      data: {
        roundId: round.roundId,
        text: input.text,
        owner: input.owner,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
        createdById: user.id,
      },
    });
    revalidatePath(`/reflectie/${round.roundId}`);
    return { ok: true, data: undefined };
  });
}

export async function lookBackOnTeamAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZLookBackOnTeamAgreement, formValues(formData), async (user, input) => {
    const round = await reflectionRoundFor(user, input.roundId, "agree");
    if (!round) return fail("notFound");
    const updated = await db.teamAgreement.updateMany({ where: { id: input.agreementId, roundId: round.roundId }, data: { status: input.status } });
    if (updated.count === 0) return fail("notFound");
    revalidatePath(`/reflectie/${round.roundId}`);
    return { ok: true, data: undefined };
  });
}
