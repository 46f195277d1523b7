"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { updateFamilyAction } from "@/lib/actions/families";
import type { FamilyDetail } from "@/lib/data/families";
import { LanguageSelect } from "./language-select";

export function EditFamilyForm({ family }: { family: FamilyDetail }) {
  const t = useTranslations("Families");
  return (
    <ActionForm action={updateFamilyAction} success={t("saved")}>
      {(state, pending) => (
        <>
          <input type="hidden" name="familyId" value={family.id} />
          <TextField
            name="label"
            label={t("label")}
            hint={t("labelHint")}
            defaultValue={family.label}
            maxLength={40}
            required
            errors={fieldErrors(state, "label")}
          />
          <LanguageSelect defaultValue={family.preferredLanguage} errors={fieldErrors(state, "preferredLanguage")} />
          <ChoiceGroup
            name="professionalIds"
            type="checkbox"
            legend={t("professionals")}
            options={family.teamProfessionals.map((professional) => ({ value: professional.id, label: professional.name }))}
            defaultValues={family.professionals.map((professional) => professional.id)}
            errors={fieldErrors(state, "professionalIds")}
          />
          <SubmitButton pending={pending}>{t("save")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
