"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { FieldError, TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { sendPasswordLinkAction } from "@/lib/actions/invitations";
import { setUserActiveAction, updateUserAction } from "@/lib/actions/organisation";
import { LinkDeliveryNotice } from "./link-delivery-notice";
import type { UserDetail } from "@/lib/data/organisation";
import { RoleAndTeamsFields } from "./role-and-teams-fields";

export function EditUserForm({ user, teams }: { user: UserDetail; teams: { id: string; name: string }[] }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={updateUserAction} success={t("userSaved")}>
      {(state, pending) => (
        <>
          <input type="hidden" name="userId" value={user.id} />
          <TextField name="name" label={t("name")} defaultValue={user.name} maxLength={80} required errors={fieldErrors(state, "name")} />
          <RoleAndTeamsFields teams={teams} state={state} role={user.role} teamIds={user.teamIds} />
          <SubmitButton pending={pending}>{t("saveUser")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function SendPasswordLinkForm({ userId }: { userId: string }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={sendPasswordLinkAction} success={null}>
      {(state, pending) => (
        <>
          {state?.ok ? <LinkDeliveryNotice delivery={state.data} /> : null}
          <input type="hidden" name="userId" value={userId} />
          <p className="text-lg">{t("sendPasswordLinkHint")}</p>
          <SubmitButton pending={pending}>{t("sendPasswordLink")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function UserActiveForm({ userId, active }: { userId: string; active: boolean }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={setUserActiveAction} success={t("statusSaved")}>
      {(state, pending) => (
        <>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <p className="text-lg">{t("deactivateHint")}</p>
          <FieldError id="user-active-error" errors={fieldErrors(state, "active")} />
          <SubmitButton pending={pending} tone={active ? "danger" : "primary"}>
            {active ? t("deactivate") : t("reactivate")}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
