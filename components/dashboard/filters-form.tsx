import { getTranslations } from "next-intl/server";
import { quarterParts } from "@/lib/dashboard/quarters";
import type { Dashboard } from "@/lib/dashboard/types";
import type { TDashboardFilters } from "@/lib/validations/dashboard";

const field = "block min-h-12 w-full rounded-xl border border-ink-soft bg-card px-3 text-lg";

/** A plain GET form: the filters live in the address, so a view can be shared and exported. */
export async function FiltersForm({ dashboard, filters, canChooseOrganisation, phases, instruments }: {
  dashboard: Dashboard;
  filters: TDashboardFilters;
  canChooseOrganisation: boolean;
  phases: { key: string; name: string }[];
  instruments: { key: string; name: string }[];
}) {
  const t = await getTranslations("Dashboard");
  return (
    <form method="get" aria-label={t("filters")} className="no-print grid gap-4 rounded-2xl border border-line bg-card p-5 sm:grid-cols-2 lg:grid-cols-3">
      <label className="space-y-1 text-lg">
        <span className="block font-medium">{t("team")}</span>
        <select name="teamId" defaultValue={dashboard.teamId ?? ""} className={field}>
          {canChooseOrganisation ? <option value="">{t("wholeOrganisation")}</option> : null}
          {dashboard.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      {(["from", "to"] as const).map((edge) => (
        <label key={edge} className="space-y-1 text-lg">
          <span className="block font-medium">{t(edge)}</span>
          <select name={edge} defaultValue={filters[edge] ?? ""} className={field}>
            <option value="">{t(edge === "from" ? "fromStart" : "untilNow")}</option>
            {dashboard.quarters.map((quarter) => (
              <option key={quarter} value={quarter}>
                {t("quarterLabel", quarterParts(quarter))}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="space-y-1 text-lg">
        <span className="block font-medium">{t("phase")}</span>
        <select name="phase" defaultValue={filters.phase ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {phases.map((phase) => (
            <option key={phase.key} value={phase.key}>
              {phase.name}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-lg">
        <span className="block font-medium">{t("instrument")}</span>
        <select name="instrument" defaultValue={filters.instrument ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {instruments.map((instrument) => (
            <option key={instrument.key} value={instrument.key}>
              {instrument.name}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end">
        <button type="submit" className="min-h-12 rounded-full bg-teal-700 px-8 text-lg font-semibold text-white">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
