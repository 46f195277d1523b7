import { getTranslations } from "next-intl/server";

export async function SkipLink() {
  const t = await getTranslations("Common");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-card focus:px-4 focus:py-3"
    >
      {t("skipToContent")}
    </a>
  );
}
