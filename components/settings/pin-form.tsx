"use client";

import { useTranslations } from "next-intl";
import { OrganisationSignIn } from "@/components/auth/organisation-sign-in";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { PinField } from "@/components/ui/pin-field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setPinAction } from "@/lib/actions/settings";
import type { IdentityCheck } from "@/lib/auth/identity-check";

/**
 * Setting the PIN, confirmed by the account password; staff without one (they sign in with the
 * organisation's account) confirm with a fresh sign-in there instead.
 */
export function PinForm({
  check,
  organisationAccount,
  recentMinutes,
}: {
  check: IdentityCheck;
  organisationAccount: { providerId: string; name: string | null } | null;
  recentMinutes: number;
}) {
  const t = useTranslations("Settings");
  if (check === "signInAgain") {
    return (
      <div className="space-y-4">
        <p className="text-lg">{t("pinNeedsSignIn", { minutes: recentMinutes })}</p>
        {organisationAccount ? (
          // prompt=login: the provider asks who it is again, rather than waving its own session through.
          <OrganisationSignIn {...organisationAccount} callbackUrl="/instellingen#pin" label={t("signInAgain")} authorizationParams={{ prompt: "login" }} />
        ) : null}
      </div>
    );
  }
  return (
    <ActionForm action={setPinAction} success={t("pinSaved")} resetOnSuccess>
      {(state, pending) => (
        <>
          {check === "password" ? (
            <TextField
              name="currentPassword"
              type="password"
              label={t("currentPassword")}
              autoComplete="current-password"
              required
              errors={fieldErrors(state, "currentPassword")}
            />
          ) : (
            <p className="text-lg">{t("pinAfterRecentSignIn")}</p>
          )}
          <PinField name="pin" label={t("pin")} errors={fieldErrors(state, "pin")} />
          <PinField name="pinRepeat" label={t("pinRepeat")} errors={fieldErrors(state, "pinRepeat")} />
          <SubmitButton pending={pending}>{t("savePin")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
