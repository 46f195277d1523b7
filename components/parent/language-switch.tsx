"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { chooseParentLanguageAction, setConversationLanguageAction } from "@/lib/actions/parent-language";
import { languageEndonyms, parentLocales, type ParentLocale } from "@/lib/i18n/locales";

/**
 * The parent's own language switch: each language named in itself, large targets. With a
 * conversation it changes that conversation's parent language (ratings stay: they are stored per
 * item); on the join page it changes only this phone's language.
 */
export function ParentLanguageSwitch({ current, conversationId }: { current: ParentLocale; conversationId?: string }) {
  const t = useTranslations("Parent");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const labelId = useId();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function choose(locale: ParentLocale) {
    startTransition(async () => {
      const result = await (conversationId ? setConversationLanguageAction({ conversationId, locale }) : chooseParentLanguageAction({ locale })).catch(() => null);
      setFailed(!result?.ok);
      if (result?.ok) router.refresh();
    });
  }

  return (
    <div role="group" aria-labelledby={labelId} className="space-y-2">
      <p id={labelId} className="text-base font-medium text-ink-soft">
        {t("chooseLanguage")}
      </p>
      <div className="flex flex-wrap gap-2">
        {parentLocales.map((locale) => (
          <Button key={locale} lang={locale} aria-pressed={locale === current} disabled={pending} onClick={() => choose(locale)} variant="quiet" size="sm">
            {languageEndonyms[locale]}
          </Button>
        ))}
      </div>
      {failed ? (
        <p role="alert" className="text-base text-red-800">
          {tErrors("unexpected")}
        </p>
      ) : null}
    </div>
  );
}
