"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";
import { textDirection, type ParentLocale } from "@/lib/i18n/locales";

/**
 * A part of the page in another language than the page itself: the parent's half of a shared
 * tablet. Its texts come from its own messages, and `lang` and `dir` sit on the region, so the
 * parent's half can read right to left beside a professional's half that reads left to right.
 */
export function LanguageRegion({
  locale,
  messages,
  className,
  children,
}: {
  locale: ParentLocale;
  messages: AbstractIntlMessages;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div lang={locale} dir={textDirection(locale)} className={className}>
      <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Amsterdam">
        {children}
      </NextIntlClientProvider>
    </div>
  );
}
