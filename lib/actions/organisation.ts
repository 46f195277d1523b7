"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { canManageOrganisation } from "@/lib/auth/permissions";
import { organisationUserFor, teamsOfOrganisation } from "@/lib/auth/gate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  ZCreateTeam,
  ZSetPasswordSignIn,
  ZSetRetention,
  ZSetThreshold,
  ZSetUserActive,
  ZUpdateUser,
} from "@/lib/validations/organisation";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// Administrator actions. Each checks the role, then that every id in the payload belongs to
// the admin's own organisation: a forged team or user id of another organisation finds nothing.

export async function createTeamAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZCreateTeam, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    await db.$transaction(async (tx) => {
      await tx.team.create({ data: { organisationId: user.organisationId, name: input.name } });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "TEAM_CREATED" });
    });
    revalidatePath("/beheer");
    return { ok: true, data: undefined };
  });
}

export async function updateUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZUpdateUser, formValues(formData, ["teamIds"]), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    const subject = await organisationUserFor(user, input.userId);
    if (!subject) return fail("notFound");
    if (!(await teamsOfOrganisation(user, input.teamIds))) return fail("invalid", { teamIds: ["unknownTeam"] });
    // An admin cannot demote themselves: the organisation would be left without one.
    if (subject.id === user.id && input.role !== "ADMIN") return fail("invalid", { role: ["ownRole"] });
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: subject.id },
        data: {
          name: input.name,
          role: input.role,
          memberships: { deleteMany: {}, create: [...new Set(input.teamIds)].map((teamId) => ({ teamId })) },
        },
      });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "USER_UPDATED", subjectUser: subject });
    });
    revalidatePath("/beheer");
    revalidatePath(`/beheer/gebruikers/${subject.id}`);
    return { ok: true, data: undefined };
  });
}

export async function setUserActiveAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZSetUserActive, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    const subject = await organisationUserFor(user, input.userId);
    if (!subject) return fail("notFound");
    if (subject.id === user.id) return fail("invalid", { active: ["ownAccount"] });
    await db.$transaction(async (tx) => {
      // Deactivating keeps the user and everything they did; they just cannot sign in.
      await tx.user.update({ where: { id: subject.id }, data: { active: input.active } });
      await recordAudit(tx, {
        organisationId: user.organisationId,
        actorId: user.id,
        action: input.active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
        subjectUser: subject,
      });
    });
    revalidatePath("/beheer");
    revalidatePath(`/beheer/gebruikers/${subject.id}`);
    return { ok: true, data: undefined };
  });
}

/** The anonymity threshold: how many families a dashboard figure must be about at least. */
export async function setAnonymityThresholdAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZSetThreshold, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    await db.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: user.organisationId }, data: { anonymityThreshold: input.anonymityThreshold } });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "THRESHOLD_CHANGED" });
    });
    revalidatePath("/beheer");
    revalidatePath("/resultaten");
    return { ok: true, data: undefined };
  });
}

/** How long the organisation keeps conversations and families (npm run purge applies it). */
export async function setRetentionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZSetRetention, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    await db.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: user.organisationId }, data: { retentionMonths: input.retentionMonths } });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "RETENTION_CHANGED" });
    });
    revalidatePath("/beheer");
    return { ok: true, data: undefined };
  });
}

/**
 * Password sign-in on or off for the organisation; off leaves only its own accounts (OpenID
 * Connect). Switched off only where those accounts are configured, and only by an admin who
 * came in with one this session: proof that the other way in works, at least for them.
 */
export async function setPasswordSignInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZSetPasswordSignIn, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    if (!input.passwordSignIn && !env.oidc) return fail("invalid", { passwordSignIn: ["organisationAccountsMissing"] });
    if (!input.passwordSignIn && user.signedInWith !== "oidc") return fail("invalid", { passwordSignIn: ["signInWithOrganisationFirst"] });
    await db.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: user.organisationId }, data: { passwordSignIn: input.passwordSignIn } });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "SIGN_IN_METHODS_CHANGED" });
    });
    revalidatePath("/beheer");
    return { ok: true, data: undefined };
  });
}
