import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { RoundOverview } from "@/lib/data/reflection";

/**
 * How far the team is, in counts only: never who has finished. While the spread is hidden it
 * says kindly how many more are needed.
 */
export async function RoundStatus({ overview, canRate }: { overview: RoundOverview; canRate: boolean }) {
  const t = await getTranslations("Reflection");
  const shown = overview.published >= overview.threshold;
  return (
    <Card padding="sm" className="space-y-3 sm:p-5">
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
        <ButtonLink href={`/reflectie/${overview.roundId}/invullen`}>{overview.mine.started ? t("continueRating") : t("rateAlone")}</ButtonLink>
      ) : null}
      {overview.mine.finished && overview.team ? <p className="text-lg">{t("youAreDone")}</p> : null}
    </Card>
  );
}
