import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { RoundItemView, RoundOverview } from "@/lib/data/reflection";
import { ParentsView, SpreadStrip } from "./spread-strip";

const GROUPS = ["praatplaat", "partnerships"] as const;

/** Every statement of the round: the team's spread beside the parents' view, and one's own answer. */
export async function RoundItems({ overview }: { overview: RoundOverview }) {
  const t = await getTranslations("Reflection");
  return (
    <div className="space-y-8">
      {GROUPS.map((group) => {
        const items = overview.items.filter((item) => item.instrumentKey === group);
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="space-y-3">
            <h3 id={`group-${group}`} className="text-2xl font-semibold">
              {t(`groups.${group}`)}
            </h3>
            <ul className="space-y-3">
              {items.map((item) => (
                <RoundItem key={item.itemId} item={item} team={overview.team !== null} mine={overview.mine.ratings} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

async function RoundItem({ item, team, mine }: { item: RoundItemView; team: boolean; mine: Record<string, number | null> }) {
  const [t, tScale] = await Promise.all([getTranslations("Reflection"), getTranslations("Conversation")]);
  const own = mine[item.itemId];
  const ownWord = own === undefined ? null : own === null ? tScale("unknown") : tScale(`scale.${own as 1 | 2 | 3 | 4 | 5}`);
  return (
    <Card as="li" padding="sm" className="space-y-3 sm:p-5">
      <h4 className="text-xl font-semibold">{item.title}</h4>
      <p lang={item.locale} className="text-lg text-ink-soft">
        {item.statement}
      </p>
      {team ? (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <div className="space-y-2">
            <p className="font-semibold">{t("team")}</p>
            {item.spread ? <SpreadStrip spread={item.spread} /> : <p className="text-base italic text-ink-soft">{t("spreadHidden")}</p>}
          </div>
          <div className="space-y-2">
            <p className="font-semibold">{t("parents")}</p>
            {item.parents ? <ParentsView value={item.parents} /> : null}
          </div>
        </div>
      ) : null}
      {ownWord ? <p className="text-base">{t("youChose", { answer: ownWord })}</p> : null}
    </Card>
  );
}
