import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { TranslationTable } from "@/components/admin/translation-table";
import { requireUser } from "@/lib/auth/session";
import { getUncheckedTranslations } from "@/lib/data/translations";
import { languageName } from "@/lib/i18n/family-languages";
import { languageEndonyms } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("translationsTitle") };
}

export default async function TranslationsPage() {
  const user = await requireUser();
  const [t, locale, languages] = await Promise.all([getTranslations("Admin"), getLocale(), getUncheckedTranslations(user)]);
  if (!languages) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">{t("translationsTitle")}</h1>
      <p className="max-w-3xl text-lg text-ink-soft">{t("translationsIntro")}</p>
      {languages.map(({ locale: language, rows }) => (
        <details key={language} className="rounded-2xl border border-line bg-card p-5">
          <summary className="min-h-11 cursor-pointer text-xl font-semibold">
            <span lang={language}>{languageEndonyms[language]}</span> ({languageName(language, locale)}):{" "}
            {t("translationsCount", { unchecked: rows.filter((row) => row.translation !== null).length, missing: rows.filter((row) => row.translation === null).length })}
          </summary>
          <div className="mt-4">
            <TranslationTable language={language} rows={rows} />
          </div>
        </details>
      ))}
    </div>
  );
}
