"use client";

import type { AbstractIntlMessages } from "next-intl";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { LanguageRegion } from "@/components/i18n/language-region";
import { ParentLanguageSwitch } from "@/components/parent/language-switch";
import { Button } from "@/components/ui/button";
import { useSaveQueue } from "@/lib/client/use-save-queue";
import type { RatingSheet } from "@/lib/data/conversations";
import type { Side } from "@/lib/domain";
import { asParentLocale } from "@/lib/i18n/locales";
import type { ReadAloudWords } from "@/lib/i18n/read-aloud-words";

import { ConsentQuestion } from "./consent-question";
import { RatingPanel } from "./rating-panel";
import { useConversationProgress } from "./use-conversation-progress";

/**
 * The rating screen for the sides this device rates for. Two sides (a tablet in parent
 * mode): two equal halves side by side, in landscape and in portrait alike (one under the other
 * only on a screen as narrow as a phone). The parent's half comes first, is never the smaller
 * one, and is in the parent's own language (`parentMessages`, when that differs from the
 * page's), with its own language switch. Each side goes on at its first unrated statement.
 */
export function RatingScreen({
  sheet,
  sides,
  resumeAt,
  askConsent,
  intro,
  parentMessages,
  readAloudWords,
}: {
  sheet: RatingSheet;
  sides: Side[];
  /** Per side, the first statement it has not rated (lib/conversation/resume.ts, on the server). */
  resumeAt: Partial<Record<Side, number>>;
  askConsent: boolean;
  /** What the phone promises, said once above the consent question. */
  intro?: string;
  parentMessages?: AbstractIntlMessages;
  /** Dutch and English words to read aloud where the device has no voice for the parent's language. */
  /** Only where the parent rates (the professional's own screen has no read-aloud). */
  readAloudWords?: ReadAloudWords;
}) {
  const { queue, state } = useSaveQueue(sheet.conversationId);
  const [consentAsked, setConsentAsked] = useState(sheet.consentAsked);
  const reveal = useRevealWhileRating(sheet, sides.includes("PARENT"), state === "locked");
  const parentLocale = asParentLocale(sheet.parentLocale);
  const inParentLanguage = (children: ReactNode, className?: string) =>
    parentMessages ? (
      <LanguageRegion locale={parentLocale} messages={parentMessages} className={className}>
        {children}
      </LanguageRegion>
    ) : (
      <div className={className}>{children}</div>
    );
  const languageSwitch = <ParentLanguageSwitch current={parentLocale} conversationId={sheet.conversationId} />;

  if (reveal === "interrupted") return inParentLanguage(<RevealedWhileRating onTablet={sides.length === 2} />);
  if (askConsent && !consentAsked) {
    return inParentLanguage(
      <>
        {languageSwitch}
        {intro ? <p className="text-lg">{intro}</p> : null}
        <ConsentQuestion
          conversationId={sheet.conversationId}
          threshold={sheet.anonymityThreshold}
          readAloud={{ lang: parentLocale, fallbacks: readAloudWords?.consent ?? {} }}
          onAnswered={() => {
            setConsentAsked(true);
            // The rating screen starts at its top, wherever the consent question was scrolled to.
            window.scrollTo({ top: 0 });
          }}
        />
      </>,
      "mx-auto max-w-2xl space-y-5",
    );
  }
  if (!queue) return null;
  const panel = (side: Side) => (
    <RatingPanel
      conversationId={sheet.conversationId}
      side={side}
      items={sheet.items}
      initialRatings={sheet.ratings[side] ?? {}}
      initiallyDone={sheet.done[side]}
      resumeAt={resumeAt[side] ?? 0}
      queue={queue}
      saveState={state}
      coverable={sides.length === 2}
      readAloud={side === "PARENT" ? { lang: parentLocale, options: readAloudWords?.options ?? {} } : undefined}
      languageSwitch={side === "PARENT" ? languageSwitch : undefined}
    />
  );
  return (
    // grid-cols-2 is two equal columns (minmax(0, 1fr)): no half grows with its content.
    <div className={`grid gap-4 ${sides.length === 2 ? "sm:grid-cols-2" : ""}`}>
      {sides.map((side) => (
        <div key={side} className="h-full">
          {side === "PARENT" ? inParentLanguage(panel(side), "h-full") : panel(side)}
        </div>
      ))}
    </div>
  );
}

/**
 * The phone's promise: the professional sees the ratings when both are done, or earlier, and
 * then the parent sees it here at once. A reveal while the parent is still rating interrupts
 * them with a notice; any other reveal simply moves the page on (to the summary, or to "give the
 * tablet back").
 */
function useRevealWhileRating(sheet: RatingSheet, ratesForParent: boolean, saveRefused: boolean): "rating" | "interrupted" {
  const router = useRouter();
  const progress = useConversationProgress(sheet.conversationId, null);
  const revealed = saveRefused || progress?.status === "REVEALED";
  // Only a device the parent rates on is told; the professional's own screen simply moves on.
  const interrupted = revealed && ratesForParent && !sheet.done.PARENT && (saveRefused || progress?.revealedEarly === true);
  useEffect(() => {
    if (revealed && !interrupted) router.refresh();
  }, [revealed, interrupted, router]);
  return interrupted ? "interrupted" : "rating";
}

function RevealedWhileRating({ onTablet }: { onTablet: boolean }) {
  const t = useTranslations("Conversation");
  const router = useRouter();
  return (
    <section role="alert" className="mx-auto max-w-2xl space-y-5 rounded-3xl border-2 border-warm-700/40 bg-warm-100 p-6">
      <p className="text-2xl leading-relaxed">{t("revealedWhileRating")}</p>
      <Button size="lg" onClick={() => router.refresh()}>
        {onTablet ? t("continue") : t("toSummary")}
      </Button>
    </section>
  );
}
