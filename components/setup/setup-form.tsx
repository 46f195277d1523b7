"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setUpOrganisationAction } from "@/lib/actions/setup";

export function SetupForm({ token }: { token: string }) {
  const t = useTranslations("Setup");
  return (
    <ActionForm action={setUpOrganisationAction} success={t("done")}>
      {(state, pending) => (
        <>
          <input type="hidden" name="token" value={token} />
          <TextField name="organisationName" label={t("organisationName")} hint={t("organisationHint")} maxLength={120} required autoComplete="organization" errors={fieldErrors(state, "organisationName")} />
          <TextField name="name" label={t("name")} maxLength={80} required autoComplete="name" errors={fieldErrors(state, "name")} />
          <TextField name="email" type="email" label={t("email")} required autoComplete="email" errors={fieldErrors(state, "email")} />
          <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" errors={fieldErrors(state, "password")} />
          <TextField name="passwordRepeat" type="password" label={t("passwordRepeat")} required autoComplete="new-password" errors={fieldErrors(state, "passwordRepeat")} />
          <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
