"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { LinkDelivery } from "@/lib/actions/invitations";

/** After an invitation: mailed, or the one-time link to pass on (shown this once, never stored). */
export function LinkDeliveryNotice({ delivery }: { delivery: LinkDelivery }) {
  const t = useTranslations("Admin");
  const [copied, setCopied] = useState(false);
  const id = useId();
  if (delivery.mailed) {
    return (
      <p role="status" className="rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
        {t("invited", { email: delivery.to })}
      </p>
    );
  }
  return (
    <div role="status" className="space-y-2 rounded-xl bg-warm-100 px-4 py-3 text-lg">
      {delivery.mailFailed ? <p className="font-semibold text-red-800">{t("mailFailed")}</p> : null}
      <p id={`${id}-hint`}>{t("passLinkOn")}</p>
      <label htmlFor={id} className="block font-medium">
        {t("linkLabel")}
      </label>
      <input id={id} readOnly value={delivery.link} aria-describedby={`${id}-hint`} dir="ltr" className="block min-h-12 w-full rounded-xl border border-ink-soft bg-card px-4 text-base" onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        className="inline-flex min-h-12 items-center rounded-full border border-teal-700 px-5 font-semibold text-teal-700"
        onClick={() => void navigator.clipboard?.writeText(delivery.link).then(() => setCopied(true))}
      >
        {copied ? t("copied") : t("copyLink")}
      </button>
    </div>
  );
}
