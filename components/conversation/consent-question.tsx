"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { PrivacyDetails } from "@/components/parent/privacy-details";
import { ReadAloudButton, type ReadAloudFallbacks } from "@/components/parent/read-aloud-button";
import { Button } from "@/components/ui/button";
import { setConsentAction } from "@/lib/actions/rating";

/** Asked of the parent, in their own words, before they rate; either answer is fine. */
export function ConsentQuestion({
  conversationId,
  threshold,
  readAloud,
  onAnswered,
}: {
  conversationId: string;
  threshold: number;
  readAloud: { lang: string; fallbacks: ReadAloudFallbacks };
  onAnswered: () => void;
}) {
  const tParent = useTranslations("Parent");
  // The language this question is shown in (the parent's half may differ from the page).
  const locale = useLocale();
  const t = useTranslations("Conversation");
  const tErrors = useTranslations("Errors");
  const [failed, setFailed] = useState(false);
  async function answer(consent: boolean) {
    const result = await setConsentAction({ conversationId, consent, locale }).catch(() => null);
    if (result?.ok) onAnswered();
    else setFailed(true);
  }
  return (
    <section aria-labelledby="consent-title" className="mx-auto max-w-2xl space-y-5 rounded-3xl border-2 border-warm-700/40 bg-card p-6">
      <div className="flex items-start justify-between gap-3">
        <h1 id="consent-title" className="text-3xl font-semibold">
          {t("consentTitle")}
        </h1>
        <ReadAloudButton text={`${t("consentTitle")} ${t("consentText", { threshold })}`} lang={readAloud.lang} label={tParent("readText")} fallbacks={readAloud.fallbacks} />
      </div>
      <p className="text-xl leading-relaxed">{t("consentText", { threshold })}</p>
      <PrivacyDetails />
      {failed ? (
        <p role="alert" className="text-lg text-red-800">
          {tErrors("unexpected")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button size="lg" onClick={() => answer(true)}>
          {t("consentYes")}
        </Button>
        <Button variant="neutral" size="lg" onClick={() => answer(false)}>
          {t("consentNo")}
        </Button>
      </div>
    </section>
  );
}
