import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RoundOverview } from "@/lib/data/reflection";

/**
 * How far the team is, in counts only: never who has finished. While the spread is hidden it
 * says kindly how many more are needed.
 */
export async function RoundStatus({ overview, canRate }: { overview: RoundOverview; canRate: boolean }) {
  const t = await getTranslations("Reflection");
  const shown = overview.published >= overview.threshold;
  return (
    <div className="space-y-3 rounded-2xl border border-line bg-card p-4 sm:p-5">
      {overview.team ? (
        <>
          <p className="text-lg font-medium">{t("progressCount", { finished: overview.finished, members: overview.members })}</p>
          {!shown ? (
            <p className="text-lg">{t("needed", { threshold: overview.threshold, needed: overview.needed })}</p>
          ) : (
            <p className="text-lg">
              {t("spreadOver", { published: overview.published })}
              {overview.waiting > 0 ? ` ${t("waitingLater", { waiting: overview.waiting, needed: overview.needed })}` : ""}
            </p>
          )}
        </>
      ) : null}
      {overview.closedAt ? <p className="text-lg">{t("closed")}</p> : null}
      {canRate && !overview.mine.finished ? (
        <Link
          href={`/reflectie/${overview.roundId}/invullen`}
          className="inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 text-lg font-semibold text-white"
        >
          {overview.mine.started ? t("continueRating") : t("rateAlone")}
        </Link>
      ) : null}
      {overview.mine.finished && overview.team ? <p className="text-lg">{t("youAreDone")}</p> : null}
    </div>
  );
}
