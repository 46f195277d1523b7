"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { createTeamAction } from "@/lib/actions/organisation";

export function CreateTeamForm() {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={createTeamAction} success={t("teamCreated")} resetOnSuccess>
      {(state, pending) => (
        <>
          <TextField name="name" label={t("teamName")} maxLength={80} required errors={fieldErrors(state, "name")} />
          <SubmitButton pending={pending}>{t("createTeam")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
