"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
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
          <TextField
            name="pin"
            type="password"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            label={t("pin")}
            autoComplete="off"
            required
            errors={fieldErrors(state, "pin")}
          />
          <TextField
            name="pinRepeat"
            type="password"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            label={t("pinRepeat")}
            autoComplete="off"
            required
            errors={fieldErrors(state, "pinRepeat")}
          />
          <SubmitButton pending={pending}>{t("savePin")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
