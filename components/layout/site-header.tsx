import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations("Common");
  return (
    <header className="no-print border-b border-line bg-card">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-5 py-3 sm:px-8">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-xl font-semibold text-teal-700">
          <span aria-hidden="true" className="inline-block size-7 rounded-full bg-teal-700 ring-4 ring-warm-100" />
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex items-center gap-1">
          <Link href="/" className="flex min-h-11 items-center rounded-lg px-3 hover:bg-teal-100">
            {t("navHome")}
          </Link>
          <Link href="/instrumenten" className="flex min-h-11 items-center rounded-lg px-3 hover:bg-teal-100">
            {t("navInstruments")}
          </Link>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
