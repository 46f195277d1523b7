import { getFormatter, getTranslations } from "next-intl/server";
import type { ReflectionHome, TeamReflections } from "@/lib/data/reflection";
import { OpenRoundForm } from "./round-forms";
import { TextLink } from "@/components/ui/text-link";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";


/** One's own reflection: go on with the open one, or begin; earlier ones below. */
export async function OwnReflection({ own }: { own: ReflectionHome["own"] }) {
  const t = await getTranslations("Reflection");
  return (
    <div className="space-y-4">
      <p className="text-lg">{t("ownText")}</p>
      {own.open ? (
        <ButtonLink href={`/reflectie/${own.open.id}/invullen`}>{t("ownContinue")}</ButtonLink>
      ) : (
        <OpenRoundForm label={t("ownStart")} />
      )}
      <EarlierRounds title={t("ownEarlier")} rounds={own.earlier} />
    </div>
  );
}

/** One team: its open round (rate, look) or, for its team lead, a button to open one. */
export async function TeamRoundCard({ team }: { team: TeamReflections }) {
  const t = await getTranslations("Reflection");
  const format = await getFormatter();
  const open = team.open;
  return (
    <Card as="section" aria-labelledby={`team-${team.id}`} className="space-y-4">
      <h3 id={`team-${team.id}`} className="text-2xl font-semibold">
        {team.name}
      </h3>
      {open ? (
        <>
          <p className="text-lg">{t("roundOpenSince", { date: format.dateTime(open.openedAt, { dateStyle: "long" }) })}</p>
          {open.mine === "done" ? <p className="text-lg">{t("youAreDone")}</p> : null}
          <div className="flex flex-wrap items-center gap-4">
            {open.member && open.mine !== "done" ? (
              <ButtonLink href={`/reflectie/${open.id}/invullen`}>{open.mine === "started" ? t("continueRating") : t("rateAlone")}</ButtonLink>
            ) : null}
            {open.member && open.mine !== "done" ? <TextLink href={`/reflectie/${open.id}`}>{t("viewRound")}</TextLink> : <ButtonLink href={`/reflectie/${open.id}`}>{t("viewRound")}</ButtonLink>}
          </div>
        </>
      ) : (
        <>
          <p className="text-lg">{t("noOpenRound")}</p>
          {team.canOpen ? <OpenRoundForm teamId={team.id} label={t("openRound")} /> : <p className="text-lg text-ink-soft">{t("askLead")}</p>}
        </>
      )}
      <EarlierRounds title={t("earlierRounds")} rounds={team.earlier} />
    </Card>
  );
}

async function EarlierRounds({ title, rounds }: { title: string; rounds: { id: string; openedAt: Date; closedAt: Date | null }[] }) {
  const [t, format] = await Promise.all([getTranslations("Reflection"), getFormatter()]);
  if (rounds.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-lg font-medium">{title}</p>
      <ul>
        {rounds.map((round) => (
          <li key={round.id}>
            <TextLink href={`/reflectie/${round.id}`}>{t("roundOf", { date: format.dateTime(round.closedAt ?? round.openedAt, { dateStyle: "long" }) })}</TextLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
