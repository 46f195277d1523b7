import { getTranslations } from "next-intl/server";
import { HeaderFrame } from "./header-frame";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations("Common");
  const links = [
    { href: "/", label: t("navHome") },
    { href: "/instrumenten", label: t("navInstruments") },
    { href: "/inloggen", label: t("navSignIn") },
  ];
  return <HeaderFrame homeHref="/" links={links} end={<LanguageSwitcher />} />;
}
