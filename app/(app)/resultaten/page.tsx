import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityTable } from "@/components/dashboard/activity-table";
import { FiltersForm } from "@/components/dashboard/filters-form";
import { ItemTables } from "@/components/dashboard/item-tables";
import { AgreementsAndPhases, BalanceAndTrend, OverviewFigures } from "@/components/dashboard/summary-tables";
import { ViewSummary } from "@/components/dashboard/view-summary";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/session";
import { dashboardViewFor } from "@/lib/data/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [t, view] = await Promise.all([getTranslations("Dashboard"), dashboardViewFor(user, await searchParams, await getLocale())]);
  if (!view) notFound();
  const { dashboard, filters } = view;
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro", { threshold: dashboard.threshold })} />
      <ViewSummary view={view} />
      <FiltersForm
        dashboard={dashboard}
        filters={filters}
        canChooseOrganisation={user.role === "ADMIN"}
        phases={dashboard.phases}
        instruments={dashboard.instruments}
      />
      <TextLink native href={`/api/resultaten?${view.query}`} className="no-print">
        {t("csv")}
      </TextLink>
      <TitledSection id="overview" title={t("overview")}>
        {filters.instrument ? <p className="text-lg text-ink-soft">{t("countsAllInstruments")}</p> : null}
        <OverviewFigures dashboard={dashboard} />
      </TitledSection>
      <ItemTables view={view} />
      <BalanceAndTrend dashboard={dashboard} />
      <AgreementsAndPhases dashboard={dashboard} />
      {dashboard.activity ? <ActivityTable activity={dashboard.activity} threshold={dashboard.threshold} /> : null}
    </div>
  );
}
