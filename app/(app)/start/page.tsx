import { getTranslations } from "next-intl/server";
import { LinkCard } from "@/components/ui/link-card";
import { canManageOrganisation, canSeeResults, canWorkWithFamilies } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getOrganisationName } from "@/lib/data/organisation";

export default async function StartPage() {
  const user = await requireUser();
  const [t, tc, organisation] = await Promise.all([getTranslations("Start"), getTranslations("Common"), getOrganisationName(user)]);
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">{t("title", { name: user.name })}</h1>
      {user.role === "TEAM_LEAD" ? <p className="max-w-3xl text-lg">{t("teamLead")}</p> : null}
      {!user.hasPin && user.role !== "ADMIN" ? (
        <p role="status" className="rounded-xl bg-warm-100 px-4 py-3 text-lg text-warm-700">
          {t("pinMissing")}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {canWorkWithFamilies(user) ? (
          <LinkCard href="/gezinnen" title={tc("navFamilies")}>
            {t("families")}
          </LinkCard>
        ) : null}
        {canSeeResults(user) ? (
          <LinkCard href="/resultaten" title={tc("navDashboard")}>
            {t("dashboard")}
          </LinkCard>
        ) : null}
        {canManageOrganisation(user) ? (
          <>
            <LinkCard href="/beheer" title={tc("navAdmin")}>
              {t("admin", { organisation })}
            </LinkCard>
            <LinkCard href="/beheer/logboek" title={tc("navAudit")}>
              {t("audit")}
            </LinkCard>
          </>
        ) : null}
        <LinkCard href="/instellingen" title={tc("navSettings")}>
          {t("settings")}
        </LinkCard>
      </div>
    </div>
  );
}
