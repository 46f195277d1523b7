"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { createUserAction } from "@/lib/actions/organisation";
import { RoleAndTeamsFields } from "./role-and-teams-fields";

export function CreateUserForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={createUserAction} success={t("userCreated")} resetOnSuccess>
      {(state, pending) => (
        <>
          <TextField name="name" label={t("name")} maxLength={80} required autoComplete="off" errors={fieldErrors(state, "name")} />
          <TextField name="email" type="email" label={t("email")} required autoComplete="off" errors={fieldErrors(state, "email")} />
          <RoleAndTeamsFields teams={teams} state={state} />
          <TextField
            name="password"
            type="password"
            label={t("initialPassword")}
            hint={t("initialPasswordHint")}
            required
            autoComplete="new-password"
            errors={fieldErrors(state, "password")}
          />
          <SubmitButton pending={pending}>{t("createUser")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
