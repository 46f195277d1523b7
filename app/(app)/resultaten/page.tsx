import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityTable } from "@/components/dashboard/activity-table";
import { FiltersForm } from "@/components/dashboard/filters-form";
import { ItemTables } from "@/components/dashboard/item-tables";
import { AgreementsAndPhases, BalanceAndTrend, OverviewFigures } from "@/components/dashboard/summary-tables";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/session";
import { quarterParts } from "@/lib/dashboard/quarters";
import { dashboardFor, type Dashboard } from "@/lib/data/dashboard";
import { ZDashboardFilters, type TDashboardFilters } from "@/lib/validations/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const filters = ZDashboardFilters.parse(await searchParams);
  const locale = await getLocale();
  const [t, dashboard] = await Promise.all([getTranslations("Dashboard"), dashboardFor(user, filters, locale)]);
  if (!dashboard) notFound();
  const query = new URLSearchParams(Object.entries({ ...filters, teamId: dashboard.teamId ?? "" }).filter(([, value]) => value) as [string, string][]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro", { threshold: dashboard.threshold })} />
      <p className="hidden text-lg print:block">{viewSummary(t, dashboard, filters)}</p>
      <FiltersForm
        dashboard={dashboard}
        filters={filters}
        canChooseOrganisation={user.role === "ADMIN"}
        phases={dashboard.phases}
        instruments={dashboard.instruments}
      />
      <TextLink native href={`/api/resultaten?${query}`} className="no-print">
        {t("csv")}
      </TextLink>
      <TitledSection id="overview" title={t("overview")}>
        {filters.instrument ? <p className="text-lg text-ink-soft">{t("countsAllInstruments")}</p> : null}
        <OverviewFigures dashboard={dashboard} />
      </TitledSection>
      <ItemTables dashboard={dashboard} />
      <BalanceAndTrend dashboard={dashboard} />
      <AgreementsAndPhases dashboard={dashboard} />
      {dashboard.activity ? <ActivityTable activity={dashboard.activity} /> : null}
    </div>
  );
}

/** On paper the filter form is gone; this line says which view the figures are about. */
function viewSummary(t: Awaited<ReturnType<typeof getTranslations<"Dashboard">>>, dashboard: Dashboard, filters: TDashboardFilters): string {
  const quarter = (key: string) => t("quarterLabel", quarterParts(key));
  return [
    dashboard.teams.find((team) => team.id === dashboard.teamId)?.name ?? t("wholeOrganisation"),
    `${filters.from ? quarter(filters.from) : t("fromStart")} – ${filters.to ? quarter(filters.to) : t("untilNow")}`,
    `${t("phase")}: ${dashboard.phases.find((phase) => phase.key === filters.phase)?.name ?? t("all")}`,
    `${t("instrument")}: ${dashboard.instruments.find((instrument) => instrument.key === filters.instrument)?.name ?? t("all")}`,
  ].join(" · ");
}
