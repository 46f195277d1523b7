import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { readParentMode } from "@/lib/conversation/cookies";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { SessionUser } from "./types";

/**
 * The signed-in user, read fresh from the database: a deactivated user, or one whose role or
 * teams changed, is treated as such on their very next request. Null when nobody is signed in,
 * and while the device is in parent mode.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // A tablet in parent mode acts for nobody but its one conversation, whoever signed in on it.
  if (await readParentMode()) return null;
  const session = await getServerSession(authOptions);
  const { id, startedAt, signedInWith } = (session?.user ?? {}) as { id?: string; startedAt?: number; signedInWith?: SessionUser["signedInWith"] };
  if (!id) return null;
  const user = await db.user.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      organisationId: true,
      pinHash: true,
      signedOutAt: true,
      memberships: { select: { teamId: true } },
      // This session handed to a parent on a tablet: it acts for nobody, with or without the
      // parent-mode cookie, until parent mode is left there.
      parentModeLocks: { where: { sessionStartedAt: new Date(startedAt ?? 0) }, select: { conversationId: true } },
    },
  });
  if (!user || user.parentModeLocks.length > 0) return null;
  // The same rule as lib/auth/session-live.ts, on the row already read.
  if (user.signedOutAt && (startedAt ?? 0) < user.signedOutAt.getTime()) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    teamIds: user.memberships.map((membership) => membership.teamId),
    hasPin: user.pinHash !== null,
    sessionStartedAt: startedAt,
    signedInWith: signedInWith ?? "password",
  };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen");
  return user;
}
