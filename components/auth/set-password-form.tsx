"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setPasswordAction } from "@/lib/actions/invitations";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Password");
  return (
    <ActionForm action={setPasswordAction} success={null}>
      {(state, pending) => (
          <>
            <input type="hidden" name="token" value={token} />
            {/* Lets a password manager store the new password with the right account. */}
            <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
            <TextField name="password" type="password" label={t("newPassword")} hint={t("passwordHint")} required autoComplete="new-password" errors={fieldErrors(state, "password")} />
            <TextField name="passwordRepeat" type="password" label={t("repeat")} required autoComplete="new-password" errors={fieldErrors(state, "passwordRepeat")} />
            <SubmitButton pending={pending}>{t("save")}</SubmitButton>
          </>
      )}
    </ActionForm>
  );
}
