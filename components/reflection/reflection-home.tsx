import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReflectionHome, TeamReflections } from "@/lib/data/reflection";
import { OpenRoundForm } from "./round-forms";

const primaryLink = "inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 text-lg font-semibold text-white";
const plainLink = "inline-flex min-h-11 items-center text-lg text-teal-700 underline";

/** One's own reflection: go on with the open one, or begin; earlier ones below. */
export async function OwnReflection({ own }: { own: ReflectionHome["own"] }) {
  const t = await getTranslations("Reflection");
  return (
    <div className="space-y-4">
      <p className="text-lg">{t("ownText")}</p>
      {own.open ? (
        <Link href={`/reflectie/${own.open.id}/invullen`} className={primaryLink}>
          {t("ownContinue")}
        </Link>
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
    <section aria-labelledby={`team-${team.id}`} className="space-y-4 rounded-3xl border border-line bg-card p-5 sm:p-6">
      <h3 id={`team-${team.id}`} className="text-2xl font-semibold">
        {team.name}
      </h3>
      {open ? (
        <>
          <p className="text-lg">{t("roundOpenSince", { date: format.dateTime(open.openedAt, { dateStyle: "long" }) })}</p>
          {open.mine === "done" ? <p className="text-lg">{t("youAreDone")}</p> : null}
          <div className="flex flex-wrap items-center gap-4">
            {open.member && open.mine !== "done" ? (
              <Link href={`/reflectie/${open.id}/invullen`} className={primaryLink}>
                {open.mine === "started" ? t("continueRating") : t("rateAlone")}
              </Link>
            ) : null}
            <Link href={`/reflectie/${open.id}`} className={open.member && open.mine !== "done" ? plainLink : primaryLink}>
              {t("viewRound")}
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="text-lg">{t("noOpenRound")}</p>
          {team.canOpen ? <OpenRoundForm teamId={team.id} label={t("openRound")} /> : <p className="text-lg text-ink-soft">{t("askLead")}</p>}
        </>
      )}
      <EarlierRounds title={t("earlierRounds")} rounds={team.earlier} />
    </section>
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
            <Link href={`/reflectie/${round.id}`} className={plainLink}>
              {t("roundOf", { date: format.dateTime(round.closedAt ?? round.openedAt, { dateStyle: "long" }) })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
