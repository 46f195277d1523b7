"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { createUserAction } from "@/lib/actions/invitations";
import { LinkDeliveryNotice } from "./link-delivery-notice";
import { RoleAndTeamsFields } from "./role-and-teams-fields";

export function CreateUserForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={createUserAction} success={null} resetOnSuccess>
      {(state, pending) => (
        <>
          {state?.ok ? <LinkDeliveryNotice delivery={state.data} /> : null}
          <p className="text-lg text-ink-soft">{t("inviteIntro")}</p>
          <TextField name="name" label={t("name")} maxLength={80} required autoComplete="off" errors={fieldErrors(state, "name")} />
          <TextField name="email" type="email" label={t("email")} required autoComplete="off" errors={fieldErrors(state, "email")} />
          <RoleAndTeamsFields teams={teams} state={state} />
          <SubmitButton pending={pending}>{t("createUser")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
