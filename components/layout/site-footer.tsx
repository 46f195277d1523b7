import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Common");
  return (
    <footer className="no-print border-t border-line px-5 py-6 text-center text-base text-ink-soft">{t("footer")}</footer>
  );
}
