import { getLocale, getTranslations } from "next-intl/server";
import type { Rating, Statement } from "@/lib/data/conversation-comparison";
import { languageName } from "@/lib/i18n/family-languages";
import { textDirection, type ParentLocale } from "@/lib/i18n/locales";
import { Face } from "./face";

/**
 * One side's rating: the statement they rated (in the language they rated it in, with the page's
 * own words beside it), then face, number and word, so it reads without colour. A comment shows
 * as written, labelled with its language where that is not the page's.
 */
export async function RatingBadge({ who, statement, rating, locale: shownIn }: { who: string; statement: Statement; rating: Rating | null; locale?: ParentLocale }) {
  const locale = shownIn ?? (await getLocale());
  const t = await getTranslations({ locale, namespace: "Conversation" });
  const word = !rating ? t("noRating") : rating.value === null ? t("unknownShort") : t(`scale.${rating.value as 1 | 2 | 3 | 4 | 5}`);
  const foreign = (other: string | null | undefined): other is string => Boolean(other) && other !== locale;
  return (
    <div className="flex-1 space-y-1 rounded-2xl bg-paper p-3">
      <p className="text-base font-semibold">{who}</p>
      <p lang={foreign(statement.locale) ? statement.locale : undefined} dir={foreign(statement.locale) ? textDirection(statement.locale) : undefined} className="text-base text-ink-soft">
        {statement.text}
      </p>
      {statement.inComparisonLanguage ? <p className="text-sm text-ink-soft">{statement.inComparisonLanguage}</p> : null}
      <p className="flex items-center gap-2 text-lg">
        {rating ? <Face value={rating.value} className="size-9 shrink-0 text-teal-700" /> : null}
        <span>
          {rating?.value ? <strong>{rating.value} · </strong> : null}
          {word}
        </span>
      </p>
      {rating?.comment ? (
        <p className="text-base">
          <q lang={foreign(rating.locale) ? rating.locale : undefined} dir={foreign(rating.locale) ? textDirection(rating.locale) : undefined} className="italic">
            {rating.comment}
          </q>
          {foreign(rating.locale) ? <span className="ms-2 text-sm text-ink-soft">({t("writtenIn", { language: languageName(rating.locale, locale) })})</span> : null}
        </p>
      ) : null}
    </div>
  );
}
