"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setAnonymityThresholdAction } from "@/lib/actions/organisation";

// No min or max on the input: the browser would explain a wrong number in its own language;
// the server explains it in the user's, next to the field.
export function ThresholdForm({ current }: { current: number }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={setAnonymityThresholdAction} success={t("thresholdSaved")}>
      {(state, pending) => (
        <>
          <TextField
            name="anonymityThreshold"
            type="number"
            inputMode="numeric"
            defaultValue={current}
            label={t("thresholdLabel")}
            hint={t("thresholdHint")}
            required
            errors={fieldErrors(state, "anonymityThreshold")}
          />
          <SubmitButton pending={pending}>{t("saveThreshold")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
