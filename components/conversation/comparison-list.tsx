import { getLocale, getTranslations } from "next-intl/server";
import type { ParentLocale } from "@/lib/i18n/locales";
import { ReadAloudButton } from "@/components/parent/read-aloud-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ConversationComparison } from "@/lib/data/conversation-comparison";
import { RatingBadge } from "./rating-badge";
import { NoteField } from "./note-field";

/**
 * Both ratings per item, biggest differences first, with the praatplaat prompts beside each
 * (open where the two differ most, folded elsewhere so the list stays calm).
 */
export async function ComparisonList({
  comparison,
  editable,
  locale,
  readAloudIn,
}: {
  comparison: ConversationComparison;
  editable: boolean;
  locale?: ParentLocale;
  /** On the parent's own summary: each prompt gets a read-aloud button in this language. */
  readAloudIn?: string;
}) {
  const shownIn = locale ?? (await getLocale());
  const [t, tParent] = await Promise.all([getTranslations({ locale: shownIn, namespace: "Conversation" }), getTranslations({ locale: shownIn, namespace: "Parent" })]);
  return (
    <ol className="space-y-4">
      {comparison.items.map((item) => (
        <Card as="li" key={item.itemId} padding="md" className="space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-xl font-semibold">{item.title}</h3>
            {item.comparison.highlight === "bigGap" ? <Badge>⇄ {t("bigGap")}</Badge> : null}
            {item.comparison.highlight === "sharedStrength" ? <Badge tone="teal">★ {t("sharedStrength")}</Badge> : null}
          </div>
          <p className="text-sm text-ink-soft">{item.instrumentName}</p>
          <div className="flex flex-wrap gap-3">
            <RatingBadge who={t("parent")} statement={item.statements.PARENT} rating={item.ratings.PARENT} locale={locale} />
            <RatingBadge who={t("professional")} statement={item.statements.PROFESSIONAL} rating={item.ratings.PROFESSIONAL} locale={locale} />
          </div>
          {comparison.prompts.length > 0 ? (
            <details className="no-print text-lg" open={item.comparison.highlight === "bigGap"}>
              <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("promptsTitle")}</summary>
              <ul className="list-disc space-y-1 ps-6">
                {comparison.prompts.map((prompt, index) => (
                  <li key={prompt}>
                    <span className="flex items-start justify-between gap-3">
                      {prompt}
                      {readAloudIn ? (
                        <ReadAloudButton
                          text={prompt}
                          lang={readAloudIn}
                          label={tParent("readText")}
                          fallbacks={{ nl: comparison.promptFallbacks.nl[index], en: comparison.promptFallbacks.en[index] }}
                        />
                      ) : null}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {editable ? (
            <NoteField conversationId={comparison.id} itemId={item.itemId} initial={item.note} label={`${t("note")}: ${item.title}`} />
          ) : item.note ? (
            <p className="text-lg">
              <strong>{t("note")}:</strong> {item.note}
            </p>
          ) : null}
        </Card>
      ))}
    </ol>
  );
}
