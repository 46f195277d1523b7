"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { joinConversationAction } from "@/lib/actions/rating";

export function JoinForm({ code }: { code: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={joinConversationAction} success="">
      {(state, pending) => (
        <>
          <TextField
            name="code"
            label={t("code")}
            defaultValue={code}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={20}
            required
            className="block min-h-14 w-full rounded-xl border border-ink-soft bg-card px-4 text-2xl tracking-widest"
            errors={fieldErrors(state, "code")}
          />
          <SubmitButton pending={pending}>{t("join")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
