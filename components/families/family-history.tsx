import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { HistoryEntry } from "@/lib/data/family-history";

export async function FamilyHistory({ history }: { history: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("Conversation"), getFormatter()]);
  if (history.length === 0) return <p className="text-lg text-ink-soft">{t("historyEmpty")}</p>;
  return (
    <ol className="space-y-3">
      {history.map((entry) => {
        const date = format.dateTime(entry.createdAt, { dateStyle: "long" });
        return (
          <Card as="li" key={entry.id} padding="sm">
            <Link href={`/gesprekken/${entry.id}`} className="inline-flex min-h-11 items-center text-xl font-semibold text-teal-700 underline">
              {t("open", { date })}
            </Link>
            <p className="text-base text-ink-soft">
              {entry.phaseName} · {t(`historyStatus.${entry.status}`)}
            </p>
            <ul className="mt-2 space-y-1 text-lg">
              {entry.averages.map((average) => (
                <li key={average.instrumentName}>
                  {average.instrumentName}: {t("historyAverages", { parent: average.parent ?? "–", professional: average.professional ?? "–" })}
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </ol>
  );
}
