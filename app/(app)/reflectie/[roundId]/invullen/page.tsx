import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { ReflectionRating } from "@/components/reflection/reflection-rating";
import { reflectionRoundFor } from "@/lib/auth/gate";
import { requireUser } from "@/lib/auth/session";
import { getReflectionSheet } from "@/lib/data/reflection";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reflection"))("title") };
}

/** Rating alone, one statement at a time. */
export default async function RateReflectionPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const user = await requireUser();
  const round = await reflectionRoundFor(user, roundId, "rate");
  if (!round) notFound();
  const [t, locale] = await Promise.all([getTranslations("Reflection"), getLocale()]);
  const sheet = await getReflectionSheet(round, locale);
  const roundHref = `/reflectie/${roundId}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{sheet.teamName ? t("rateTitleTeam", { team: sheet.teamName }) : t("ownRoundTitle")}</h1>
        <p className="max-w-3xl text-lg text-ink-soft">{sheet.teamName ? t("rateIntroTeam") : t("rateIntroOwn")}</p>
      </header>
      {sheet.finished ? (
        <div className="space-y-4">
          <p role="status" className="rounded-2xl bg-card p-5 text-xl">
            {t("finished")}
          </p>
          <ButtonLink href={roundHref}>{sheet.teamName ? t("viewRound") : t("viewOwn")}</ButtonLink>
        </div>
      ) : (
        <ReflectionRating sheet={sheet} doneHref={roundHref} />
      )}
    </div>
  );
}
