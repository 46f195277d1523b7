import { getTranslations } from "next-intl/server";
import { quarterParts } from "@/lib/dashboard/quarters";
import { viewFilters, type DashboardView } from "@/lib/dashboard/view";

/** On paper the filter form is gone; this line says which view the figures are about. */
export async function ViewSummary({ view: { names } }: { view: DashboardView }) {
  const t = await getTranslations("Dashboard");
  const filters = viewFilters(names, { wholeOrganisation: t("wholeOrganisation"), fromStart: t("fromStart"), untilNow: t("untilNow"), all: t("all"), quarter: (key) => t("quarterLabel", quarterParts(key)) });
  const summary = [filters.team, filters.period, `${t("phase")}: ${filters.phase}`, `${t("instrument")}: ${filters.instrument}`].join(" · ");
  return <p className="hidden text-lg print:block">{summary}</p>;
}
