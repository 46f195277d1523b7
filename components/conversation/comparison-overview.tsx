import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { gapOf } from "@/lib/conversation/compare";
import type { ComparedItem, ConversationComparison } from "@/lib/data/conversation-comparison";
import { SIDES } from "@/lib/domain";
import type { ParentLocale } from "@/lib/i18n/locales";
import { GapMark } from "./gap-mark";
import { NoteField } from "./note-field";
import { RatingBadge, RatingComment, RatingValue } from "./rating-badge";

// Title, the parent's rating, the professional's rating (equal columns), the gap. On a phone the
// title has its own line; after the reveal the two ratings (face and number) and the gap share
// the next, on the summary (with the words) the two ratings do and the gap comes below.
const ROW = "items-center gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.1fr)]";
// The gap never narrower than its longest word: when a side's "Geen antwoord" is wide, that
// side wraps, instead of the gap pushing the page wider than the phone.
const PHONE = { reveal: "grid-cols-[auto_auto_minmax(min-content,1fr)]", summary: "grid-cols-2" };

/**
 * Every item on one compact overview, biggest differences first: both ratings side by side, the
 * gap in a word and an icon, the shared strengths called out above. After the reveal
 * (`variant="reveal"`) each row opens to its detail: the statements, the comments and the note.
 * On the summary every row stays as it is, with only the comments and the note beneath it.
 */
export async function ComparisonOverview({
  comparison,
  variant,
  labelledBy,
  editable = false,
  locale,
}: {
  comparison: ConversationComparison;
  variant: "reveal" | "summary";
  /** The id of the heading that names the list. */
  labelledBy: string;
  editable?: boolean;
  locale?: ParentLocale;
}) {
  const shownIn = locale ?? (await getLocale());
  const t = await getTranslations({ locale: shownIn, namespace: "Conversation" });
  const strengths = comparison.items.filter((item) => item.comparison.highlight === "sharedStrength");
  const severalInstruments = new Set(comparison.items.map((item) => item.instrumentName)).size > 1;
  const row = (item: ComparedItem) => <OverviewRow item={item} locale={shownIn} showInstrument={severalInstruments} opens={variant === "reveal"} />;
  return (
    <div className="space-y-3">
      {strengths.length > 0 ? (
        <p className="rounded-2xl bg-teal-100 p-3 text-lg">
          <span aria-hidden="true">★ </span>
          <strong>{t("sharedStrengths")}:</strong> {strengths.map((item) => item.title).join(" · ")}
        </p>
      ) : null}
      {variant === "reveal" ? <p className="no-print text-base text-ink-soft">{t("overviewHint")}</p> : null}
      <div aria-hidden="true" className={`hidden px-3 text-sm font-semibold text-ink-soft sm:grid ${ROW}`}>
        <span />
        <span>{t("parent")}</span>
        <span>{t("professional")}</span>
        <span />
      </div>
      <ol aria-labelledby={labelledBy} className="divide-y divide-line rounded-2xl border border-line bg-card">
        {comparison.items.map((item) => (
          <li key={item.itemId} id={`item-${item.itemId}`} className="break-inside-avoid">
            {variant === "reveal" ? (
              <details className="group">
                <summary className="min-h-11 cursor-pointer list-none p-3 hover:bg-paper [&::-webkit-details-marker]:hidden">{row(item)}</summary>
                <ItemDetail comparison={comparison} item={item} locale={shownIn} editable={editable} />
              </details>
            ) : (
              <div className="space-y-1 p-3">
                {row(item)}
                <Written item={item} locale={shownIn} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

async function OverviewRow({ item, locale, showInstrument, opens }: { item: ComparedItem; locale: ParentLocale; showInstrument: boolean; opens: boolean }) {
  const t = await getTranslations({ locale, namespace: "Conversation" });
  const gap = gapOf(item.comparison);
  const who = { PARENT: t("parent"), PROFESSIONAL: t("professional") };
  // A closed row says what its detail holds; on the summary the comments and note show beneath it.
  const marks: ReactNode[] = [];
  if (opens && (item.ratings.PARENT?.comment || item.ratings.PROFESSIONAL?.comment)) marks.push(t("hasComment"));
  if (opens && item.note) marks.push(t("hasNote"));
  return (
    <span className={`grid ${ROW} ${PHONE[opens ? "reveal" : "summary"]}`}>
      <span className="col-span-full flex items-start gap-2 sm:col-span-1">
        {opens ? (
          <span aria-hidden="true" className="mt-1 text-teal-700 transition-transform group-open:rotate-90 rtl:-scale-x-100">
            ▸
          </span>
        ) : null}
        <span>
          <span className="block text-lg font-semibold">{item.title}</span>
          {showInstrument ? <span className="block text-sm text-ink-soft">{item.instrumentName}</span> : null}
          {marks.length > 0 ? <span className="block text-sm text-ink-soft">{marks.join(" · ")}</span> : null}
        </span>
      </span>
      {SIDES.map((side) => (
        <span key={side} className="block">
          <span className="block text-sm font-semibold text-ink-soft sm:sr-only">{who[side]}</span>
          <RatingValue rating={item.ratings[side]} locale={locale} className="text-base" compact={opens} />
        </span>
      ))}
      <span className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:col-span-1 sm:text-base ${opens ? "" : "col-span-full"}`}>
        <GapMark gap={gap} word={t(`gap.${gap}`)} />
        {item.comparison.highlight === "sharedStrength" ? (
          <span className="font-semibold text-teal-700">
            <span aria-hidden="true">★ </span>
            {/* On a phone's reveal the star alone, as in the call-out above; the words stay for screen readers. */}
            <span className={opens ? "max-sm:sr-only" : undefined}>{t("sharedStrength")}</span>
          </span>
        ) : null}
      </span>
    </span>
  );
}

/** An item's detail after the reveal: what each side rated and wrote, where to find the prompts, the note. */
async function ItemDetail({ comparison, item, locale, editable }: { comparison: ConversationComparison; item: ComparedItem; locale: ParentLocale; editable: boolean }) {
  const t = await getTranslations({ locale, namespace: "Conversation" });
  return (
    <div className="space-y-3 border-t border-line p-3">
      <div className="flex flex-wrap gap-3">
        {SIDES.map((side) => (
          <RatingBadge key={side} who={t(side === "PARENT" ? "parent" : "professional")} statement={item.statements[side]} rating={item.ratings[side]} locale={locale} />
        ))}
      </div>
      {comparison.prompts.length > 0 ? (
        <a href="#prompts" className="no-print inline-flex min-h-11 items-center text-lg text-teal-700 underline">
          {t("toPrompts")}
        </a>
      ) : null}
      {editable ? (
        <NoteField conversationId={comparison.id} itemId={item.itemId} initial={item.note} label={t("note")} context={item.title} />
      ) : item.note ? (
        <p className="text-lg">
          <strong>{t("note")}:</strong> {item.note}
        </p>
      ) : null}
    </div>
  );
}

/** On the summary: the comments and the note, only where there are any. */
async function Written({ item, locale }: { item: ComparedItem; locale: ParentLocale }) {
  const t = await getTranslations({ locale, namespace: "Conversation" });
  return (
    <>
      {SIDES.map((side) => {
        const rating = item.ratings[side];
        return rating?.comment ? <RatingComment key={side} rating={rating} locale={locale} who={t(side === "PARENT" ? "parent" : "professional")} /> : null;
      })}
      {item.note ? (
        <p className="text-base">
          <strong>{t("note")}:</strong> {item.note}
        </p>
      ) : null}
    </>
  );
}
