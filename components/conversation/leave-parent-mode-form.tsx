"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { PinField } from "@/components/ui/pin-field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/field";
import { leaveParentModeAction, leaveParentModeWithPasswordAction } from "@/lib/actions/rating";

export function LeaveParentModeForm() {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={leaveParentModeAction} success="">
      {(state, pending) => (
        <>
          <PinField name="pin" label={t("pin")} errors={fieldErrors(state, "pin")} />
          <SubmitButton pending={pending}>{t("leaveSubmit")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** For a forgotten or locked PIN: the professional's own password, throttled like signing in. */
export function LeaveWithPasswordForm() {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={leaveParentModeWithPasswordAction} success="">
      {(state, pending) => (
        <>
          <TextField name="password" type="password" autoComplete="current-password" label={t("leavePassword")} errors={fieldErrors(state, "password")} />
          <SubmitButton pending={pending}>{t("leaveSubmit")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
