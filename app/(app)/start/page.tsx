import { getTranslations } from "next-intl/server";
import { DueAgreements } from "@/components/home/due-agreements";
import { OngoingConversations } from "@/components/home/ongoing-conversations";
import { StartFamilies } from "@/components/home/start-families";
import { UpcomingAppointments } from "@/components/home/upcoming-appointments";
import { LinkCard } from "@/components/ui/link-card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { homeFor } from "@/lib/auth/gate";
import { canManageOrganisation, canSeeResults, canWorkWithFamilies } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getHomeOverview } from "@/lib/data/home";
import { getOrganisationName } from "@/lib/data/organisation";

export default async function StartPage() {
  const user = await requireUser();
  const home = homeFor(user);
  const [t, tc, organisation, overview] = await Promise.all([
    getTranslations("Start"),
    getTranslations("Common"),
    getOrganisationName(user),
    home ? getHomeOverview(home) : null,
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { name: user.name })} />
      {user.role === "TEAM_LEAD" ? <p className="max-w-3xl text-lg">{t("teamLead")}</p> : null}
      {!user.hasPin && user.role !== "ADMIN" ? (
        <Notice tone="warning" role="status">
          {t("pinMissing")}
        </Notice>
      ) : null}
      {overview ? (
        <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
          <StartFamilies families={overview.families} />
          <OngoingConversations conversations={overview.ongoing} total={overview.ongoingCount} />
          <UpcomingAppointments appointments={overview.appointments} />
          <DueAgreements agreements={overview.dueAgreements} total={overview.dueCount} />
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
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
