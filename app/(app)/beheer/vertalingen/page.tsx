import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { TranslationTable } from "@/components/admin/translation-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader title={t("translationsTitle")} intro={t("translationsIntro")} />
      {languages.map(({ locale: language, rows }) => (
        <Card as="details" key={language} padding="md">
          <summary className="min-h-11 cursor-pointer text-xl font-semibold">
            <span lang={language}>{languageEndonyms[language]}</span> ({languageName(language, locale)}):{" "}
            {t("translationsCount", { unchecked: rows.filter((row) => row.translation !== null).length, missing: rows.filter((row) => row.translation === null).length })}
          </summary>
          <div className="mt-4">
            <TranslationTable language={language} rows={rows} />
          </div>
        </Card>
      ))}
    </div>
  );
}
