"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { inviteWaitingColleaguesAction } from "@/lib/actions/invitations";
import { LinkDeliveryNotice } from "./link-delivery-notice";

/** One click for everyone without a password yet (after an import): mailed, or a link each to pass on. */
export function InviteWaitingForm({ count }: { count: number }) {
  const t = useTranslations("Admin");
  return (
    <ActionForm action={inviteWaitingColleaguesAction} success={null}>
      {(state, pending) =>
        state?.ok ? (
          <div className="space-y-3">
            <Notice tone="success" role="status">
              {state.data.every((delivery) => delivery.mailed) ? t("invitedAll", { count: state.data.length }) : t("linksToPassOn")}
            </Notice>
            {state.data.filter((delivery) => !delivery.mailed).map((delivery) => (
              <LinkDeliveryNotice key={delivery.to} delivery={delivery} />
            ))}
          </div>
        ) : count === 0 ? (
          <p className="text-lg">{t("noneWaiting")}</p>
        ) : (
          <>
            <p className="text-lg">{t("waitingText", { count })}</p>
            <SubmitButton pending={pending}>{t("inviteWaiting")}</SubmitButton>
          </>
        )
      }
    </ActionForm>
  );
}
