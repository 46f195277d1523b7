"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { familyFor } from "@/lib/auth/gate";
import { canDeleteFamilies, canUseTeamForFamilies, canWorkWithFamilies } from "@/lib/auth/permissions";
import { blockKeysOf, refreshBlocks } from "@/lib/dashboard/blocks";
import { db } from "@/lib/db";
import { ZCreateFamily, ZDeleteFamily, ZUpdateFamily } from "@/lib/validations/family";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

export async function createFamilyAction(
  _previous: ActionResult<{ familyId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ familyId: string }>> {
  return runAction(ZCreateFamily, formValues(formData), async (user, input) => {
    if (!canWorkWithFamilies(user)) return fail("forbidden");
    const team = await db.team.findUnique({ where: { id: input.teamId }, select: { id: true, organisationId: true } });
    if (!team || !canUseTeamForFamilies(user, team)) return fail("forbidden");
    const family = await db.$transaction(async (tx) => {
      const created = await tx.family.create({
        data: {
          organisationId: user.organisationId,
          teamId: team.id,
          label: input.label,
          preferredLanguage: input.preferredLanguage,
          // The professional who creates a family follows it.
          professionals: user.role === "PROFESSIONAL" ? { create: { userId: user.id } } : undefined,
        },
        select: { id: true, label: true },
      });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "FAMILY_CREATED", family: created });
      return created;
    });
    revalidatePath("/gezinnen");
    return { ok: true, data: { familyId: family.id } };
  });
}

export async function updateFamilyAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(ZUpdateFamily, formValues(formData, ["professionalIds"]), async (user, input) => {
    const family = await familyFor(user, input.familyId, "edit");
    if (!family) return fail("notFound");
    // Only professionals of the family's own team may follow it.
    const professionals = await db.user.count({
      where: {
        id: { in: input.professionalIds },
        organisationId: user.organisationId,
        role: "PROFESSIONAL",
        memberships: { some: { teamId: family.teamId } },
      },
    });
    if (professionals !== new Set(input.professionalIds).size) return fail("invalid", { professionalIds: ["notInTeam"] });
    await db.$transaction(async (tx) => {
      const updated = await tx.family.update({
        where: { id: family.familyId },
        data: {
          label: input.label,
          preferredLanguage: input.preferredLanguage,
          professionals: {
            deleteMany: {},
            create: [...new Set(input.professionalIds)].map((userId) => ({ userId })),
          },
        },
        select: { id: true, label: true },
      });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "FAMILY_UPDATED", family: updated });
    });
    revalidatePath("/gezinnen");
    revalidatePath(`/gezinnen/${family.familyId}`);
    return { ok: true, data: undefined };
  });
}

export async function deleteFamilyAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZDeleteFamily, formValues(formData), async (user, input) => {
    if (!canDeleteFamilies(user)) return fail("forbidden");
    const family = await familyFor(user, input.familyId, "erase");
    if (!family) return fail("notFound");
    await db.$transaction(async (tx) => {
      // An erased family has left its dashboard blocks: that counts towards publishing them again.
      const conversations = await tx.conversation.findMany({ where: { familyId: family.familyId }, select: { id: true } });
      const blocks = await blockKeysOf(tx, conversations.map((conversation) => conversation.id));
      await tx.family.delete({ where: { id: family.familyId } });
      await refreshBlocks(tx, blocks);
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "FAMILY_DELETED", family: { id: family.familyId, label: family.label } });
    });
    revalidatePath("/gezinnen");
    return { ok: true, data: undefined };
  });
}
