import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FiltersForm } from "@/components/dashboard/filters-form";
import { ItemTables } from "@/components/dashboard/item-tables";
import { AgreementsAndPhases, BalanceAndTrend, OverviewFigures } from "@/components/dashboard/summary-tables";
import { requireUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/data/dashboard";
import { ZDashboardFilters } from "@/lib/validations/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const filters = ZDashboardFilters.parse(await searchParams);
  const locale = await getLocale();
  const [t, dashboard] = await Promise.all([getTranslations("Dashboard"), getDashboard(user, filters, locale)]);
  if (!dashboard) notFound();
  const query = new URLSearchParams(Object.entries({ ...filters, teamId: dashboard.teamId ?? "" }).filter(([, value]) => value) as [string, string][]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-4xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-ink-soft">{t("intro", { threshold: dashboard.threshold })}</p>
      </header>
      <FiltersForm
        dashboard={dashboard}
        filters={filters}
        canChooseOrganisation={user.role === "ADMIN"}
        phases={dashboard.phases}
        instruments={dashboard.instruments}
      />
      <a href={`/api/resultaten?${query}`} className="no-print inline-flex min-h-12 items-center text-lg text-teal-700 underline">
        {t("csv")}
      </a>
      <section aria-labelledby="overview" className="space-y-3">
        <h2 id="overview" className="text-2xl font-semibold">
          {t("overview")}
        </h2>
        <OverviewFigures dashboard={dashboard} />
      </section>
      <ItemTables dashboard={dashboard} />
      <BalanceAndTrend dashboard={dashboard} />
      <AgreementsAndPhases dashboard={dashboard} />
    </div>
  );
}
