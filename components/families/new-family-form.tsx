"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { createFamilyAction } from "@/lib/actions/families";
import { LanguageSelect } from "./language-select";
import { TeamSelect } from "./team-select";

export function NewFamilyForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("Families");
  const router = useRouter();
  return (
    <ActionForm
      action={createFamilyAction}
      success={t("created")}
      resetOnSuccess
      onSuccess={({ familyId }) => router.push(`/gezinnen/${familyId}`)}
    >
      {(state, pending) => (
        <>
          <TextField name="label" label={t("label")} hint={t("labelHint")} maxLength={40} required errors={fieldErrors(state, "label")} />
          <LanguageSelect defaultValue="nl" errors={fieldErrors(state, "preferredLanguage")} />
          <TeamSelect teams={teams} errors={fieldErrors(state, "teamId")} />
          <SubmitButton pending={pending}>{t("create")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
