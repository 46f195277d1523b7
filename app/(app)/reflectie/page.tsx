import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OwnReflection, TeamRoundCard } from "@/components/reflection/reflection-home";
import { TitledSection } from "@/components/ui/titled-section";
import { requireUser } from "@/lib/auth/session";
import { getReflectionHome } from "@/lib/data/reflection";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reflection"))("title") };
}

/** One's own reflection, and the rounds of one's teams. */
export default async function ReflectionPage() {
  const user = await requireUser();
  const [t, home] = await Promise.all([getTranslations("Reflection"), getReflectionHome(user)]);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-4xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-ink-soft">{t("intro")}</p>
      </header>
      <TitledSection id="own" title={t("ownTitle")} size="page">
        <OwnReflection own={home.own} />
      </TitledSection>
      <TitledSection id="teams" title={t("teamsTitle")} size="page">
        <p className="max-w-3xl text-lg">{t("teamsText")}</p>
        {home.teams.length === 0 ? <p className="text-lg">{t("noTeams")}</p> : home.teams.map((team) => <TeamRoundCard key={team.id} team={team} />)}
      </TitledSection>
    </div>
  );
}
