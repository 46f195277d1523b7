"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { requestPasswordResetAction } from "@/lib/actions/invitations";

export function ForgotPasswordForm() {
  const t = useTranslations("Password");
  return (
    <ActionForm action={requestPasswordResetAction} success={t("requested")}>
      {(state, pending) => (
        <>
          <p className="text-lg text-ink-soft">{t("forgotIntro")}</p>
          <TextField name="email" type="email" label={t("email")} required autoComplete="email" errors={fieldErrors(state, "email")} />
          <SubmitButton pending={pending}>{t("sendLink")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
