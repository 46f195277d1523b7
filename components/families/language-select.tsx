"use client";

import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { familyLanguageCodes, languageName } from "@/lib/i18n/family-languages";
import { isParentLocale, parentLocales } from "@/lib/i18n/locales";

/**
 * A family's home language. The languages a parent can take part in come first; the others say
 * in their group's name that the parent's screens will be in Dutch.
 */
export function LanguageSelect({ defaultValue, errors }: { defaultValue: string; errors?: string[] }) {
  const t = useTranslations("Families");
  const locale = useLocale();
  const withContent = t("languagesWithContent");
  const withoutContent = t("languagesWithoutContent");
  const options = [...parentLocales, ...familyLanguageCodes.filter((code) => !isParentLocale(code))].map((code) => ({
    value: code,
    label: languageName(code, locale),
    group: isParentLocale(code) ? withContent : withoutContent,
  }));
  return <SelectField name="preferredLanguage" label={t("language")} options={options} defaultValue={defaultValue} errors={errors} />;
}

/**
 * The language a parent reads a conversation in: only languages with content. The family's home
 * language is preselected when it has content; when not, the professional is told plainly.
 */
export function ParentLanguageSelect({ homeLanguage, errors }: { homeLanguage: string; errors?: string[] }) {
  const t = useTranslations("Conversation");
  const locale = useLocale();
  const options = parentLocales.map((code) => ({ value: code, label: languageName(code, locale) }));
  const hint = isParentLocale(homeLanguage) ? undefined : t("noContentFor", { language: languageName(homeLanguage, locale) });
  return (
    <SelectField
      name="parentLocale"
      label={t("parentLanguage")}
      options={options}
      defaultValue={isParentLocale(homeLanguage) ? homeLanguage : "nl"}
      hint={hint}
      errors={errors}
    />
  );
}
