import { getTranslations } from "next-intl/server";
import { largestGaps, sharedStrengths } from "@/lib/dashboard/aggregate";
import type { Dashboard, DashboardItem } from "@/lib/data/dashboard";
import { Table } from "@/components/ui/table";
import { SideBySideBars } from "./charts";
import { AverageRow } from "./figure";
import { chartValue } from "./chart-value";

const GAPS_SHOWN = 5;

function ItemRows({ items }: { items: DashboardItem[] }) {
  return items.map((item) => (
    <AverageRow key={`${item.instrumentKey}.${item.itemKey}`} label={item.title} parent={item.parent} professional={item.professional}>
      <td className="px-4 py-3 tabular-nums">{item.gap === null ? "–" : `${item.gap > 0 ? "+" : ""}${item.gap.toFixed(1)}`}</td>
    </AverageRow>
  ));
}

/** The largest gaps where professionals rate higher, then the shared strengths, then every item. */
export async function ItemTables({ dashboard }: { dashboard: Dashboard }) {
  const t = await getTranslations("Dashboard");
  const headings = [t("item"), t("parents"), t("professionals"), t("gap")];
  const gaps = largestGaps(dashboard.items, GAPS_SHOWN);
  const strengths = sharedStrengths(dashboard.items, GAPS_SHOWN);
  const instruments = [...new Set(dashboard.items.map((item) => item.instrumentName))];
  return (
    <>
      <section aria-labelledby="gaps" className="space-y-3">
        <h2 id="gaps" className="text-2xl font-semibold">
          {t("gapsTitle")}
        </h2>
        <p className="text-lg text-ink-soft">{t("gapsIntro")}</p>
        {gaps.length ? (
          <>
            <SideBySideBars
              name={t("gapsTitle")}
              parentsLabel={t("parents")}
              professionalsLabel={t("professionals")}
              rows={gaps.map((item) => ({ label: item.title, parents: chartValue(item.parent), professionals: chartValue(item.professional) }))}
            />
            <Table caption={t("gapsTitle")} headings={headings}>
              <ItemRows items={gaps} />
            </Table>
          </>
        ) : (
          <p className="text-lg">{t("noGaps")}</p>
        )}
      </section>
      {strengths.length ? (
        <section aria-labelledby="strengths" className="space-y-3">
          <h2 id="strengths" className="text-2xl font-semibold">
            {t("strengthsTitle")}
          </h2>
          <Table caption={t("strengthsTitle")} headings={headings}>
            <ItemRows items={strengths} />
          </Table>
        </section>
      ) : null}
      <section aria-labelledby="items" className="space-y-3">
        <h2 id="items" className="text-2xl font-semibold">
          {t("itemsTitle")}
        </h2>
        {instruments.map((name) => (
          <div key={name} className="space-y-2">
            <h3 className="text-xl font-semibold">{name}</h3>
            <Table caption={name} headings={headings}>
              <ItemRows items={dashboard.items.filter((item) => item.instrumentName === name)} />
            </Table>
          </div>
        ))}
      </section>
    </>
  );
}
