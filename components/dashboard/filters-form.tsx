import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { quarterParts } from "@/lib/dashboard/quarters";
import type { Dashboard } from "@/lib/dashboard/types";
import type { TDashboardFilters } from "@/lib/validations/dashboard";

/** A plain GET form: the filters live in the address, so a view can be shared and exported. */
export async function FiltersForm({ dashboard, filters, canChooseOrganisation, phases, instruments }: {
  dashboard: Dashboard;
  filters: TDashboardFilters;
  canChooseOrganisation: boolean;
  phases: { key: string; name: string }[];
  instruments: { key: string; name: string }[];
}) {
  const t = await getTranslations("Dashboard");
  const quarters = dashboard.quarters.map((quarter) => ({ value: quarter, label: t("quarterLabel", quarterParts(quarter)) }));
  const all = { value: "", label: t("all") };
  return (
    <Card as="form" method="get" aria-label={t("filters")} padding="md" className="no-print grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <SelectField
        name="teamId"
        label={t("team")}
        defaultValue={dashboard.teamId ?? ""}
        options={[...(canChooseOrganisation ? [{ value: "", label: t("wholeOrganisation") }] : []), ...dashboard.teams.map((team) => ({ value: team.id, label: team.name }))]}
      />
      <SelectField name="from" label={t("from")} defaultValue={filters.from ?? ""} options={[{ value: "", label: t("fromStart") }, ...quarters]} />
      <SelectField name="to" label={t("to")} defaultValue={filters.to ?? ""} options={[{ value: "", label: t("untilNow") }, ...quarters]} />
      <SelectField name="phase" label={t("phase")} defaultValue={filters.phase ?? ""} options={[all, ...phases.map((phase) => ({ value: phase.key, label: phase.name }))]} />
      <SelectField
        name="instrument"
        label={t("instrument")}
        defaultValue={filters.instrument ?? ""}
        options={[all, ...instruments.map((instrument) => ({ value: instrument.key, label: instrument.name }))]}
      />
      <div className="flex items-end">
        <Button type="submit">{t("apply")}</Button>
      </div>
    </Card>
  );
}
