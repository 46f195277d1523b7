"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { accountLinkUrl, issueAccountLink, redeemAccountLink, workingInvitation } from "@/lib/auth/account-links";
import { clientIp } from "@/lib/auth/client-ip";
import { organisationUserFor, teamsOfOrganisation } from "@/lib/auth/gate";
import { canManageOrganisation } from "@/lib/auth/permissions";
import { reserveAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import type { AccountLinkPurpose } from "@/lib/generated/prisma/client";
import { accountLinkMail } from "@/lib/mail/account-link-mail";
import { canSendMail, sendMail } from "@/lib/mail/mailer";
import { ZInviteUser, ZInviteWaiting, ZRequestPasswordReset, ZSendPasswordLink, ZSetPassword } from "@/lib/validations/account";
import { anyone, fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

// Staff choose their own passwords: the admin invites, a one-time link does the rest. With
// SMTP configured the link goes by mail; without, the admin sees it once to pass on.

/** What the admin is told: mailed, or here is the link to pass on (also when mailing failed). */
export type LinkDelivery = { to: string } & ({ mailed: true; link: null } | { mailed: false; link: string; mailFailed: boolean });

const organisationName = async (organisationId: string) =>
  (await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } })).name;

/** `organisation`: its name, for the mail; read once by the caller, however many links it sends. */
async function deliver(purpose: AccountLinkPurpose, to: { name: string; email: string }, token: string, organisation: string): Promise<LinkDelivery> {
  const url = accountLinkUrl(token);
  if (!canSendMail()) return { to: to.email, mailed: false, link: url, mailFailed: false };
  try {
    await sendMail(accountLinkMail(purpose, to, url, organisation));
    return { to: to.email, mailed: true, link: null };
  } catch (error) {
    console.error("Mail not sent", error);
    return { to: to.email, mailed: false, link: url, mailFailed: true };
  }
}

/** A new colleague: the account exists at once, without a password, with an invitation link. */
export async function createUserAction(_previous: ActionResult<LinkDelivery> | null, formData: FormData): Promise<ActionResult<LinkDelivery>> {
  return runAction(ZInviteUser, formValues(formData, ["teamIds"]), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    if (!(await teamsOfOrganisation(user, input.teamIds))) return fail("invalid", { teamIds: ["unknownTeam"] });
    const { invited, token } = await db.$transaction(async (tx) => {
      const invited = await tx.user.create({
        data: {
          organisationId: user.organisationId,
          name: input.name,
          email: input.email,
          role: input.role,
          memberships: { create: [...new Set(input.teamIds)].map((teamId) => ({ teamId })) },
        },
        select: { id: true, name: true, email: true },
      });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "USER_CREATED", subjectUser: invited });
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "USER_INVITED", subjectUser: invited });
      return { invited, token: await issueAccountLink(tx, invited.id, "INVITATION") };
    });
    revalidatePath("/beheer");
    return { ok: true, data: await deliver("INVITATION", invited, token, await organisationName(user.organisationId)) };
  });
}

/** A new link for a colleague who has not set a password yet or forgot it; earlier links stop working. */
export async function sendPasswordLinkAction(_previous: ActionResult<LinkDelivery> | null, formData: FormData): Promise<ActionResult<LinkDelivery>> {
  return runAction(ZSendPasswordLink, formValues(formData), async (user, input) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    const subject = await organisationUserFor(user, input.userId);
    if (!subject) return fail("notFound");
    const token = await db.$transaction(async (tx) => {
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "USER_INVITED", subjectUser: subject });
      return issueAccountLink(tx, subject.id, "INVITATION");
    });
    return { ok: true, data: await deliver("INVITATION", subject, token, await organisationName(user.organisationId)) };
  });
}

/** The most a single click invites: an import brings in at most this many staff at once. */
const MAX_AT_ONCE = 500;

/**
 * Everyone active who has no password and no working invitation yet (typically just imported)
 * gets one; links already on their way keep working. Mailed one by one, or listed to pass on.
 */
export async function inviteWaitingColleaguesAction(_previous: ActionResult<LinkDelivery[]> | null, formData: FormData): Promise<ActionResult<LinkDelivery[]>> {
  return runAction(ZInviteWaiting, formValues(formData), async (user) => {
    if (!canManageOrganisation(user)) return fail("forbidden");
    const waiting = await db.user.findMany({
      where: { organisationId: user.organisationId, active: true, passwordHash: null, accountLinks: { none: workingInvitation() } },
      orderBy: { name: "asc" },
      take: MAX_AT_ONCE,
      select: { id: true, name: true, email: true },
    });
    const invited = await db.$transaction(async (tx) => {
      const tokens: { colleague: (typeof waiting)[number]; token: string }[] = [];
      for (const colleague of waiting) {
        await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "USER_INVITED", subjectUser: colleague });
        tokens.push({ colleague, token: await issueAccountLink(tx, colleague.id, "INVITATION") });
      }
      return tokens;
    });
    const deliveries: LinkDelivery[] = [];
    const organisation = await organisationName(user.organisationId);
    for (const { colleague, token } of invited) deliveries.push(await deliver("INVITATION", colleague, token, organisation));
    revalidatePath("/beheer");
    return { ok: true, data: deliveries };
  });
}

/**
 * "Wachtwoord vergeten": the same answer whether or not the address has an account, and the
 * same time too, because the link is made and mailed after the answer has gone. Throttled per
 * address typed and per client, in a bucket of its own.
 */
export async function requestPasswordResetAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    ZRequestPasswordReset,
    formValues(formData),
    async (_, { email }) => {
      const reservation = await reserveAttempt(db, "password-reset", email, clientIp(await headers()));
      if (!reservation.allowed) return fail("throttled");
      const user = await db.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, active: true, organisationId: true, organisation: { select: { passwordSignIn: true } } },
      });
      // A password is no use where the organisation signs in with its own accounts only.
      if (user?.active && user.organisation.passwordSignIn && canSendMail()) void mailResetLink(user);
      return { ok: true, data: undefined };
    },
    anyone,
  );
}

async function mailResetLink(user: { id: string; name: string; email: string; organisationId: string }) {
  try {
    const token = await db.$transaction(async (tx) => {
      await recordAudit(tx, { organisationId: user.organisationId, actorId: null, action: "PASSWORD_RESET_REQUESTED", subjectUser: user });
      return issueAccountLink(tx, user.id, "PASSWORD_RESET");
    });
    await deliver("PASSWORD_RESET", user, token, await organisationName(user.organisationId));
  } catch (error) {
    console.error("Password reset mail failed", error);
  }
}

/** The page behind the link: sets the password once, then on to signing in. */
export async function setPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    ZSetPassword,
    formValues(formData),
    async (_, { token, password }) => {
      const outcome = await redeemAccountLink(db, token, password);
      if (!outcome.ok) return fail("invalidLink");
      // Not an "ok" on this page: the link it was opened with no longer works once used.
      redirect("/inloggen?wachtwoord=ingesteld");
    },
    anyone,
  );
}
