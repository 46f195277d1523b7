"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { FieldError } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setPasswordSignInAction } from "@/lib/actions/organisation";

/**
 * Password sign-in on or off. Off is offered only where the organisation's own accounts are
 * configured (the server refuses it otherwise too): without them nobody could sign in.
 */
export function SignInMethodsForm({ passwordSignIn, organisationAccounts }: { passwordSignIn: boolean; organisationAccounts: { name: string | null } | null }) {
  const t = useTranslations("Admin");
  const accounts = organisationAccounts?.name ?? t("organisationAccountsDefault");
  return (
    <ActionForm action={setPasswordSignInAction} success={t("signInMethodsSaved")}>
      {(state, pending) => (
        <>
          <p className="text-lg font-medium">{passwordSignIn ? t("passwordSignInOn") : t("passwordSignInOff")}</p>
          <p className="text-lg">{organisationAccounts ? t("organisationAccountsReady", { name: accounts }) : t("organisationAccountsMissing")}</p>
          {passwordSignIn && organisationAccounts ? <p className="text-base text-ink-soft">{t("passwordSignInOffHint", { name: accounts })}</p> : null}
          <input type="hidden" name="passwordSignIn" value={passwordSignIn ? "false" : "true"} />
          <FieldError id="password-sign-in-error" errors={fieldErrors(state, "passwordSignIn")} />
          {passwordSignIn && !organisationAccounts ? null : (
            <SubmitButton pending={pending} tone={passwordSignIn ? "danger" : "primary"}>
              {passwordSignIn ? t("switchPasswordsOff") : t("switchPasswordsOn")}
            </SubmitButton>
          )}
        </>
      )}
    </ActionForm>
  );
}
