import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardItem } from "@/lib/dashboard/types";
import { chartValue, type DashboardView } from "@/lib/dashboard/view";
import { Table } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { SideBySideBars } from "./charts";
import { ONE_DECIMAL } from "@/lib/i18n/number-formats";
import { AverageRow } from "./figure";

async function ItemRows({ items }: { items: DashboardItem[] }) {
  const format = await getFormatter();
  return items.map((item) => (
    <AverageRow key={`${item.instrumentKey}.${item.itemKey}`} label={item.title} parent={item.parent} professional={item.professional}>
      <td className="px-4 py-3 tabular-nums">{item.gap === null ? "–" : format.number(item.gap, { ...ONE_DECIMAL, signDisplay: "exceptZero" })}</td>
    </AverageRow>
  ));
}

/** The largest gaps where professionals rate higher, then the shared strengths, then every item. */
export async function ItemTables({ view: { gaps, strengths, instruments } }: { view: DashboardView }) {
  const t = await getTranslations("Dashboard");
  const headings = [t("item"), t("parents"), t("professionals"), t("gap")];
  return (
    <>
      <TitledSection id="gaps" title={t("gapsTitle")}>
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
      </TitledSection>
      {strengths.length ? (
        <TitledSection id="strengths" title={t("strengthsTitle")}>
          <Table caption={t("strengthsTitle")} headings={headings}>
            <ItemRows items={strengths} />
          </Table>
        </TitledSection>
      ) : null}
      <TitledSection id="items" title={t("itemsTitle")}>
        {instruments.map(({ name, items }) => (
          <div key={name} className="space-y-2">
            <h3 className="text-xl font-semibold">{name}</h3>
            <Table caption={name} headings={headings}>
              <ItemRows items={items} />
            </Table>
          </div>
        ))}
      </TitledSection>
    </>
  );
}
