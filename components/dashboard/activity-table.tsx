import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import type { ProfessionalActivity } from "@/lib/dashboard/types";

/** Per professional: how much they did, never how their conversations went. */
export async function ActivityTable({ activity, threshold }: { activity: ProfessionalActivity[]; threshold: number }) {
  const t = await getTranslations("Dashboard");
  return (
    <TitledSection id="activity" title={t("activityTitle")}>
      <p className="max-w-3xl text-lg text-ink-soft">{t("activityIntro")}</p>
      {/* Why its conversations can add up to more than the overview's: no threshold per person. */}
      <p className="max-w-3xl text-lg text-ink-soft">{t("activityCountsNote", { threshold })}</p>
      {activity.length === 0 ? (
        <p className="text-lg text-ink-soft">{t("noProfessionals")}</p>
      ) : (
        <Table caption={t("activityTitle")} headings={[t("professional"), t("activityConversations"), t("done"), t("notDone"), t("open")]}>
          {activity.map((person, index) => (
            <tr key={`${index}-${person.name}`} className="border-t border-line">
              <th scope="row" className="px-4 py-3 text-start font-medium">
                {person.name}
              </th>
              <td className="px-4 py-3 tabular-nums">{person.conversations}</td>
              {person.agreements.suppressed ? (
                <td colSpan={3} className="px-4 py-3 italic text-ink-soft">
                  {t("tooFew")}
                </td>
              ) : (
                (["done", "notDone", "open"] as const).map((key) => (
                  <td key={key} className="px-4 py-3 tabular-nums">
                    {person.agreements.suppressed ? null : person.agreements[key]}
                  </td>
                ))
              )}
            </tr>
          ))}
        </Table>
      )}
    </TitledSection>
  );
}
