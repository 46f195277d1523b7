"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field-styles";
import { Notice } from "@/components/ui/notice";
import type { LinkDelivery } from "@/lib/actions/invitations";

/** After an invitation: mailed, or the one-time link to pass on (shown this once, never stored). */
export function LinkDeliveryNotice({ delivery }: { delivery: LinkDelivery }) {
  const t = useTranslations("Admin");
  const [copied, setCopied] = useState(false);
  const id = useId();
  if (delivery.mailed) {
    return (
      <Notice tone="success" role="status">
        {t("invited", { email: delivery.to })}
      </Notice>
    );
  }
  return (
    <Notice tone="warning" role="status" as="div" className="space-y-2">
      {delivery.mailFailed ? <p className="font-semibold text-red-800">{t("mailFailed")}</p> : null}
      <p id={`${id}-hint`}>{t("passLinkOn")}</p>
      <label htmlFor={id} className="block font-medium">
        {t("linkLabel")}
      </label>
      <input id={id} readOnly value={delivery.link} aria-describedby={`${id}-hint`} dir="ltr" className={inputStyles} onFocus={(event) => event.currentTarget.select()} />
      <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(delivery.link).then(() => setCopied(true))}>
        {copied ? t("copied") : t("copyLink")}
      </Button>
    </Notice>
  );
}
