import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoundItems } from "@/components/reflection/round-items";
import { CloseRoundForm } from "@/components/reflection/round-forms";
import { RoundStatus } from "@/components/reflection/round-status";
import { TeamAgreements } from "@/components/reflection/team-agreements";
import { TitledSection } from "@/components/ui/titled-section";
import { reflectionRoundFor } from "@/lib/auth/gate";
import { requireUser } from "@/lib/auth/session";
import { getRoundOverview } from "@/lib/data/reflection";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reflection"))("title") };
}

/** A round: how far the team is, its spread beside the parents' view, and its agreements. */
export default async function RoundPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const user = await requireUser();
  const round = await reflectionRoundFor(user, roundId, "read");
  if (!round) notFound();
  const [t, format, locale, rate, agree, manage] = await Promise.all([
    getTranslations("Reflection"),
    getFormatter(),
    getLocale(),
    reflectionRoundFor(user, roundId, "rate"),
    reflectionRoundFor(user, roundId, "agree"),
    reflectionRoundFor(user, roundId, "manage"),
  ]);
  const overview = await getRoundOverview(round, locale);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-4xl font-semibold">{overview.team ? t("teamRoundTitle", { team: overview.team.name }) : t("ownRoundTitle")}</h1>
        <p className="text-lg text-ink-soft">
          {t("openedOn", { date: date(overview.openedAt) })}
          {overview.closedAt ? ` · ${t("closedOn", { date: date(overview.closedAt) })}` : ""}
        </p>
      </header>
      <RoundStatus overview={overview} canRate={rate !== null} />
      <TitledSection id="items" title={overview.team ? t("itemsTitle") : t("ownItemsTitle")} size="page">
        {overview.team ? <p className="max-w-3xl text-lg text-ink-soft">{t("itemsText", { threshold: overview.threshold })}</p> : null}
        <RoundItems overview={overview} />
      </TitledSection>
      {overview.team ? (
        <TitledSection id="agreements" title={t("agreementsTitle")} size="page">
          <TeamAgreements roundId={overview.roundId} agreements={overview.agreements} canAgree={agree !== null} />
        </TitledSection>
      ) : null}
      {manage && !overview.closedAt ? (
        <TitledSection id="close" title={t("closeRound")} size="page">
          <CloseRoundForm roundId={overview.roundId} />
        </TitledSection>
      ) : null}
    </div>
  );
}
