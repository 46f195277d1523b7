"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-status";
import { enterParentModeAction, revealEarlyAction } from "@/lib/actions/conversations";

export function HandOverForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={enterParentModeAction} success="">
      {(_, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <SubmitButton pending={pending}>{t("handOver")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function RevealEarlyForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={revealEarlyAction} success="">
      {(_, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <p className="text-base text-ink-soft">{t("revealEarlyHint")}</p>
          <SubmitButton pending={pending} tone="danger">
            {t("revealEarly")}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
