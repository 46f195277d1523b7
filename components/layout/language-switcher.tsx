import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { setLocaleAction } from "@/lib/actions/locale";
import { uiLocales } from "@/lib/i18n/locales";

// A plain form: switching language works before JavaScript has loaded, and on any device.
export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("Common"), getLocale()]);
  return (
    <form action={setLocaleAction} aria-label={t("language")} className="flex gap-1">
      {uiLocales.map((locale) => (
        <Button key={locale} type="submit" name="locale" value={locale} lang={locale} aria-pressed={locale === current} variant="quiet" size="sm">
          {t(`languageNames.${locale}`)}
        </Button>
      ))}
    </form>
  );
}
