"use client";

import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { familyLanguageCodes, languageName } from "@/lib/i18n/family-languages";

export function LanguageSelect({
  defaultValue,
  errors,
  name = "preferredLanguage",
  label,
}: {
  defaultValue: string;
  errors?: string[];
  name?: string;
  label?: string;
}) {
  const t = useTranslations("Families");
  const locale = useLocale();
  const options = familyLanguageCodes.map((code) => ({ value: code, label: languageName(code, locale) }));
  return <SelectField name={name} label={label ?? t("language")} options={options} defaultValue={defaultValue} errors={errors} />;
}
