"use server";

import { recordAudit } from "@/lib/audit/record";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { identityCheckFor } from "@/lib/auth/identity-check";
import { hashSecret, verifySecret } from "@/lib/auth/password";
import { clearFailures, reserveAttempt, settleAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { ZSetPin } from "@/lib/validations/organisation";
import { fail, formValues, runAction } from "./result";
import type { ActionResult } from "./result-types";

/**
 * Sets or changes the signed-in user's own PIN. The account password confirms it is them, or,
 * for staff without one, a fresh sign-in with the organisation's account (lib/auth/identity-check).
 */
export async function setPinAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(ZSetPin, formValues(formData), async (user, input) => {
    const check = await identityCheckFor(user);
    if (check === "signInAgain") return fail("signInAgain");
    if (check === "password") {
      if (!input.currentPassword) return fail("invalid", { currentPassword: ["required"] });
      // The password check shares the sign-in throttle: a borrowed session cannot guess it.
      const ip = clientIp(await headers());
      const reservation = await reserveAttempt(db, "sign-in", user.email, ip);
      if (!reservation.allowed) return fail("throttled");
      const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
      const matches = account ? await verifySecret(account.passwordHash, input.currentPassword) : false;
      await settleAttempt(db, reservation, matches);
      if (!matches) return fail("wrongPassword", { currentPassword: ["wrongPassword"] });
    }
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { pinHash: await hashSecret(input.pin) } });
      // Who it is was just proved: a PIN locked by wrong tries works again with the new one.
      await clearFailures(tx, "pin", user.id);
      await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "PIN_CHANGED", subjectUser: { id: user.id, name: user.name } });
    });
    revalidatePath("/instellingen");
    return { ok: true, data: undefined };
  });
}
