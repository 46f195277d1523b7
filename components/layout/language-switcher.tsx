import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/actions/locale";
import { uiLocales } from "@/lib/i18n/locales";

// A plain form: switching language works before JavaScript has loaded, and on any device.
export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("Common"), getLocale()]);
  return (
    <form action={setLocaleAction} aria-label={t("language")} className="flex gap-1">
      {uiLocales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="min-h-11 min-w-11 rounded-full border border-line px-4 text-base font-medium aria-pressed:border-teal-700 aria-pressed:bg-teal-700 aria-pressed:text-white hover:border-teal-700"
        >
          {t(`languageNames.${locale}`)}
        </button>
      ))}
    </form>
  );
}
