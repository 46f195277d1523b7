import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { canManageOrganisation, canSeeResults, canWorkWithFamilies } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { HeaderFrame } from "./header-frame";
import { LanguageSwitcher } from "./language-switcher";

export async function AppHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations("Common");
  const links = [
    { href: "/start", label: t("navStart") },
    ...(canWorkWithFamilies(user) ? [{ href: "/gezinnen", label: t("navFamilies") }] : []),
    ...(canSeeResults(user) ? [{ href: "/resultaten", label: t("navDashboard") }] : []),
    { href: "/reflectie", label: t("navReflection") },
    ...(canManageOrganisation(user)
      ? [
          { href: "/beheer", label: t("navAdmin") },
          { href: "/beheer/logboek", label: t("navAudit") },
          { href: "/beheer/vertalingen", label: t("navTranslations") },
        ]
      : []),
    { href: "/instellingen", label: t("navSettings") },
  ];
  return (
    <HeaderFrame
      homeHref="/start"
      links={links}
      end={
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-base text-ink-soft">{t("signedInAs", { name: user.name })}</span>
          <SignOutButton />
          <LanguageSwitcher />
        </div>
      }
    />
  );
}
