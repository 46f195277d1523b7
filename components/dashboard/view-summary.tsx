import { getTranslations } from "next-intl/server";
import { quarterParts } from "@/lib/dashboard/quarters";
import type { DashboardView } from "@/lib/dashboard/view";

/** On paper the filter form is gone; this line says which view the figures are about. */
export async function ViewSummary({ view: { names } }: { view: DashboardView }) {
  const t = await getTranslations("Dashboard");
  const quarter = (key: string) => t("quarterLabel", quarterParts(key));
  const summary = [
    names.team ?? t("wholeOrganisation"),
    `${names.from ? quarter(names.from) : t("fromStart")} – ${names.to ? quarter(names.to) : t("untilNow")}`,
    `${t("phase")}: ${names.phase ?? t("all")}`,
    `${t("instrument")}: ${names.instrument ?? t("all")}`,
  ].join(" · ");
  return <p className="hidden text-lg print:block">{summary}</p>;
}
