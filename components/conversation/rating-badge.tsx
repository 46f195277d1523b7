import { getLocale, getTranslations } from "next-intl/server";
import type { Rating, Statement } from "@/lib/data/conversation-comparison";
import { languageName } from "@/lib/i18n/family-languages";
import { textDirection, type ParentLocale } from "@/lib/i18n/locales";
import { Face } from "./face";

const isForeign = (other: string | null | undefined, locale: string): other is string => Boolean(other) && other !== locale;

/**
 * One side's rating in full: the statement they rated (in the language they rated it in, with the
 * page's own words beside it), then face, number and word, then their comment.
 */
export async function RatingBadge({ who, statement, rating, locale: shownIn }: { who: string; statement: Statement; rating: Rating | null; locale?: ParentLocale }) {
  const locale = shownIn ?? (await getLocale());
  const foreign = isForeign(statement.locale, locale);
  return (
    <div className="flex-1 space-y-1 rounded-2xl bg-paper p-3">
      <p className="text-base font-semibold">{who}</p>
      <p lang={foreign ? statement.locale : undefined} dir={foreign ? textDirection(statement.locale) : undefined} className="text-base text-ink-soft">
        {statement.text}
      </p>
      {statement.inComparisonLanguage ? <p className="text-sm text-ink-soft">{statement.inComparisonLanguage}</p> : null}
      <RatingValue rating={rating} locale={locale} className="text-lg" />
      {rating?.comment ? <RatingComment rating={rating} locale={locale} /> : null}
    </div>
  );
}

/**
 * Face, number and word: it reads without colour, and without reading words. `compact`: on a
 * phone's overview the word is left to screen readers (the detail shows it); a "weet niet" keeps
 * its face with the question mark and no answer a dash, where the number would stand. Words there
 * made a row wider than the phone (an early reveal: "Geen antwoord" twice, and the gap).
 */
export async function RatingValue({ rating, locale, className, compact = false }: { rating: Rating | null; locale: ParentLocale; className?: string; compact?: boolean }) {
  const t = await getTranslations({ locale, namespace: "Conversation" });
  const word = !rating ? t("noRating") : rating.value === null ? t("unknownShort") : t(`scale.${rating.value as 1 | 2 | 3 | 4 | 5}`);
  return (
    <span className={`flex items-center gap-2 ${className ?? ""}`}>
      {rating ? <Face value={rating.value} className="size-8 shrink-0 text-teal-700" /> : null}
      <span>
        {rating?.value ? <strong>{rating.value}</strong> : null}
        {compact && !rating ? (
          <span aria-hidden="true" className="sm:hidden">
            –
          </span>
        ) : null}
        <span className={compact ? "max-sm:sr-only" : undefined}>
          {rating?.value ? " · " : null}
          {word}
        </span>
      </span>
    </span>
  );
}

/** A comment as written, labelled with its language where that is not the page's. */
export async function RatingComment({ rating, locale, who }: { rating: Rating; locale: ParentLocale; who?: string }) {
  const t = await getTranslations({ locale, namespace: "Conversation" });
  const foreign = isForeign(rating.locale, locale);
  return (
    <p className="text-base">
      {who ? <span className="font-semibold">{who}: </span> : null}
      <q lang={foreign ? rating.locale! : undefined} dir={foreign ? textDirection(rating.locale!) : undefined} className="italic">
        {rating.comment}
      </q>
      {foreign ? <span className="ms-2 text-sm text-ink-soft">({t("writtenIn", { language: languageName(rating.locale!, locale) })})</span> : null}
    </p>
  );
}
