import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/types";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { quarterParts } from "@/lib/dashboard/quarters";
import { chartValue } from "@/lib/dashboard/view";
import { SideBySideBars, TrendLines } from "./charts";
import { AverageRow } from "./figure";

export async function OverviewFigures({ dashboard }: { dashboard: Dashboard }) {
  const t = await getTranslations("Dashboard");
  const { overview } = dashboard;
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {[
        { label: t("conversations"), hint: t("conversationsHint", { threshold: dashboard.threshold }), value: overview.suppressed ? null : overview.conversations },
        { label: t("families"), hint: t("familiesHint"), value: overview.suppressed ? null : overview.families },
      ].map(({ label, hint, value }) => (
        <Card key={label} padding="md" className="space-y-1">
          <dt className="text-lg text-ink-soft">{label}</dt>
          <dd className="text-4xl font-semibold">{value ?? <span className="text-lg italic text-ink-soft">{t("tooFew")}</span>}</dd>
          {/* What the number counts, so it is never read beside another count as the same thing. */}
          <dd className="text-base text-ink-soft">{hint}</dd>
        </Card>
      ))}
    </dl>
  );
}

export async function BalanceAndTrend({ dashboard }: { dashboard: Dashboard }) {
  const t = await getTranslations("Dashboard");
  return (
    <>
      {dashboard.clusters.length > 0 ? (
        <TitledSection id="clusters" title={t("clustersTitle")}>
          <p className="text-lg text-ink-soft">{t("clustersIntro")}</p>
          <dl className="space-y-2 text-lg">
            {dashboard.clusters.map((cluster) => (
              <div key={cluster.key}>
                <dt className="inline font-semibold">{cluster.name}: </dt>
                <dd className="inline">{cluster.description}</dd>
              </div>
            ))}
          </dl>
          <SideBySideBars
            name={t("clustersTitle")}
            parentsLabel={t("parents")}
            professionalsLabel={t("professionals")}
            rows={dashboard.clusters.map((cluster) => ({ label: cluster.name, parents: chartValue(cluster.parent), professionals: chartValue(cluster.professional) }))}
          />
          <Table caption={t("clustersTitle")} headings={[t("item"), t("parents"), t("professionals")]}>
            {dashboard.clusters.map((cluster) => (
              <AverageRow key={cluster.key} label={cluster.name} parent={cluster.parent} professional={cluster.professional} />
            ))}
          </Table>
        </TitledSection>
      ) : null}
      <TitledSection id="trend" title={t("trendTitle")}>
        {dashboard.trend.length > 1 ? (
          <TrendLines
            name={t("trendTitle")}
            parentsLabel={t("parents")}
            professionalsLabel={t("professionals")}
            rows={dashboard.trend.map((row) => ({ label: t("quarterLabel", quarterParts(row.quarter)), parents: chartValue(row.parent), professionals: chartValue(row.professional) }))}
          />
        ) : null}
        <Table caption={t("trendTitle")} headings={[t("quarter"), t("parents"), t("professionals")]}>
          {dashboard.trend.map((row) => (
            <AverageRow key={row.quarter} label={t("quarterLabel", quarterParts(row.quarter))} parent={row.parent} professional={row.professional} />
          ))}
        </Table>
      </TitledSection>
    </>
  );
}

/** In the order they are read; a part of another count is indented under it, and says so. */
const AGREEMENT_COUNTS = [
  { key: "done", partOf: null },
  { key: "doneOnTime", partOf: "done" },
  { key: "notDone", partOf: null },
  { key: "open", partOf: null },
  { key: "overdue", partOf: "open" },
] as const;

export async function AgreementsAndPhases({ dashboard }: { dashboard: Dashboard }) {
  const t = await getTranslations("Dashboard");
  const { agreements } = dashboard;
  return (
    // One below the other: the agreements' table says in a third column what each count counts.
    <div className="grid gap-6">
      <TitledSection id="agreements" title={t("agreementsTitle")}>
        {agreements.suppressed ? (
          <p className="text-lg italic text-ink-soft">{t("tooFew")}</p>
        ) : (
          <>
            <p className="text-lg text-ink-soft">{t("agreementsIntro")}</p>
            <Table caption={t("agreementsTitle")} headings={[t("agreementsTitle"), t("count"), t("whatItCounts")]}>
              {AGREEMENT_COUNTS.map(({ key, partOf }) => (
                <tr key={key} className="border-t border-line">
                  <th scope="row" className={`px-4 py-3 text-start font-medium ${partOf ? "ps-10" : ""}`}>
                    {t(key)}
                  </th>
                  <td className="px-4 py-3 tabular-nums">{agreements[key]}</td>
                  <td className="px-4 py-3 text-base text-ink-soft">{t(`${key}Hint`)}</td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </TitledSection>
      <TitledSection id="phases" title={t("phasesTitle")}>
        <p className="text-lg text-ink-soft">{t("phasesIntro")}</p>
        <Table caption={t("phasesTitle")} headings={[t("phase"), t("conversations")]}>
          {dashboard.phases.map((phase) => (
            <tr key={phase.key} className="border-t border-line">
              <th scope="row" className="px-4 py-3 text-start font-medium">
                {phase.name}
              </th>
              <td className="px-4 py-3 tabular-nums">
                {phase.conversations.suppressed ? <span className="italic text-ink-soft">{t("tooFew")}</span> : phase.conversations.count}
              </td>
            </tr>
          ))}
        </Table>
      </TitledSection>
    </div>
  );
}
