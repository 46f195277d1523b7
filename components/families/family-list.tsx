import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { cardStyles } from "@/components/ui/card";
import type { FamilyListItem } from "@/lib/data/families";
import { languageName } from "@/lib/i18n/family-languages";

/**
 * Every family of the team: its page, and its start form in one tap, so a family the home
 * screen does not list is one tap further than one it does, not two.
 */
export async function FamilyList({ families, canStart }: { families: FamilyListItem[]; canStart: boolean }) {
  const [t, tStart, locale] = await Promise.all([getTranslations("Families"), getTranslations("Start"), getLocale()]);
  if (families.length === 0) return <p className="text-lg text-ink-soft">{t("empty")}</p>;
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {families.map((family) => (
        <li key={family.id} className={cardStyles({ padding: "md", className: "flex flex-wrap items-center justify-between gap-3" })}>
          <div className="min-w-0 space-y-2">
            <Link href={`/gezinnen/${family.id}`} aria-label={t("open", { label: family.label })} className="block text-xl font-semibold text-teal-700 underline underline-offset-4">
              {family.label}
            </Link>
            <span className="block text-base text-ink-soft">
              {family.teamName} · {languageName(family.preferredLanguage, locale)}
            </span>
            {family.followedByMe ? <Badge tone="teal">{t("followedByMe")}</Badge> : null}
          </div>
          {canStart ? (
            <ButtonLink href={`/gezinnen/${family.id}/gesprek`} variant="secondary" size="sm" aria-label={tStart("startWith", { label: family.label })}>
              {tStart("startTitle")}
            </ButtonLink>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
