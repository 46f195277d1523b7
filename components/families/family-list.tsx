import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cardStyles } from "@/components/ui/card";
import type { FamilyListItem } from "@/lib/data/families";
import { languageName } from "@/lib/i18n/family-languages";

export async function FamilyList({ families }: { families: FamilyListItem[] }) {
  const [t, locale] = await Promise.all([getTranslations("Families"), getLocale()]);
  if (families.length === 0) return <p className="text-lg text-ink-soft">{t("empty")}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {families.map((family) => (
        <li key={family.id}>
          <Link
            href={`/gezinnen/${family.id}`}
            aria-label={t("open", { label: family.label })}
            className={cardStyles({ padding: "md", interactive: true, className: "block space-y-2" })}
          >
            <span className="block text-xl font-semibold">{family.label}</span>
            <span className="block text-base text-ink-soft">
              {family.teamName} · {languageName(family.preferredLanguage, locale)}
            </span>
            {family.followedByMe ? <Badge tone="teal">{t("followedByMe")}</Badge> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
