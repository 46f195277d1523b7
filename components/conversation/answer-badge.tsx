import { getLocale, getTranslations } from "next-intl/server";
import type { Answer, Statement } from "@/lib/data/conversation-review";
import { languageName } from "@/lib/i18n/family-languages";
import { textDirection, type ParentLocale } from "@/lib/i18n/locales";
import { Face } from "./face";

/**
 * One side's answer: the statement they rated (in the language they rated it in, with the page's
 * own words beside it), then face, number and word, so it reads without colour. A comment shows
 * as written, labelled with its language where that is not the page's.
 */
export async function AnswerBadge({ who, statement, answer, locale: shownIn }: { who: string; statement: Statement; answer: Answer | null; locale?: ParentLocale }) {
  const locale = shownIn ?? (await getLocale());
  const t = await getTranslations({ locale, namespace: "Conversation" });
  const word = !answer ? t("noAnswer") : answer.value === null ? t("unknownShort") : t(`scale.${answer.value as 1 | 2 | 3 | 4 | 5}`);
  const foreign = (other: string | null | undefined): other is string => Boolean(other) && other !== locale;
  return (
    <div className="flex-1 space-y-1 rounded-2xl bg-paper p-3">
      <p className="text-base font-semibold">{who}</p>
      <p lang={foreign(statement.locale) ? statement.locale : undefined} dir={foreign(statement.locale) ? textDirection(statement.locale) : undefined} className="text-base text-ink-soft">
        {statement.text}
      </p>
      {statement.inReviewLanguage ? <p className="text-sm text-ink-soft">{statement.inReviewLanguage}</p> : null}
      <p className="flex items-center gap-2 text-lg">
        {answer ? <Face value={answer.value} className="size-9 shrink-0 text-teal-700" /> : null}
        <span>
          {answer?.value ? <strong>{answer.value} · </strong> : null}
          {word}
        </span>
      </p>
      {answer?.comment ? (
        <p className="text-base">
          <q lang={foreign(answer.locale) ? answer.locale : undefined} dir={foreign(answer.locale) ? textDirection(answer.locale) : undefined} className="italic">
            {answer.comment}
          </q>
          {foreign(answer.locale) ? <span className="ms-2 text-sm text-ink-soft">({t("writtenIn", { language: languageName(answer.locale, locale) })})</span> : null}
        </p>
      ) : null}
    </div>
  );
}
