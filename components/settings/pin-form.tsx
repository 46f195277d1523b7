"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { PinField } from "@/components/ui/pin-field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setPinAction } from "@/lib/actions/settings";

export function PinForm() {
  const t = useTranslations("Settings");
  return (
    <ActionForm action={setPinAction} success={t("pinSaved")} resetOnSuccess>
      {(state, pending) => (
        <>
          <TextField
            name="currentPassword"
            type="password"
            label={t("currentPassword")}
            autoComplete="current-password"
            required
            errors={fieldErrors(state, "currentPassword")}
          />
          <PinField name="pin" label={t("pin")} errors={fieldErrors(state, "pin")} />
          <PinField name="pinRepeat" label={t("pinRepeat")} errors={fieldErrors(state, "pinRepeat")} />
          <SubmitButton pending={pending}>{t("savePin")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
