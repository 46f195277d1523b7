"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { RatingSheet } from "@/lib/data/conversations";
import { ConsentQuestion } from "./consent-question";
import { RatingPanel } from "./rating-panel";
import { SaveIndicator } from "./save-indicator";
import { useConversationProgress } from "./use-conversation-progress";
import { useSaveQueue } from "./use-save-queue";

type Side = "PARENT" | "PROFESSIONAL";

/**
 * The rating screen for the sides this device answers for. Two sides (a tablet in parent
 * mode): two equal halves side by side in landscape, one under the other in portrait. The
 * parent's half comes first and is never the smaller one.
 */
export function RatingScreen({ sheet, sides, askConsent, intro }: { sheet: RatingSheet; sides: Side[]; askConsent: boolean; intro?: string }) {
  const { queue, state } = useSaveQueue(sheet.conversationId);
  const [consentAsked, setConsentAsked] = useState(sheet.consentAsked);
  const reveal = useRevealWhileRating(sheet, state === "locked");
  if (reveal === "interrupted") return <RevealedWhileRating onTablet={sides.length === 2} />;
  if (askConsent && !consentAsked) {
    return <ConsentQuestion conversationId={sheet.conversationId} threshold={sheet.anonymityThreshold} onAnswered={() => setConsentAsked(true)} />;
  }
  if (!queue) return null;
  return (
    <div className="space-y-3">
      {intro ? <p className="text-lg">{intro}</p> : null}
      <SaveIndicator state={state} />
      <div className={`grid gap-4 ${sides.length === 2 ? "landscape:grid-cols-2 lg:grid-cols-2" : ""}`}>
        {sides.map((side) => (
          <RatingPanel
            key={side}
            conversationId={sheet.conversationId}
            side={side}
            items={sheet.items}
            initialAnswers={sheet.answers[side] ?? {}}
            initiallyDone={sheet.done[side]}
            queue={queue}
            coverable={sides.length === 2}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * The phone's promise: the professional sees the answers when both are done, or earlier, and
 * then the parent sees it here at once. A reveal while the parent is still answering interrupts
 * them with a notice; any other reveal simply moves the page on (to the summary, or to "give the
 * tablet back").
 */
function useRevealWhileRating(sheet: RatingSheet, saveRefused: boolean): "rating" | "interrupted" {
  const router = useRouter();
  const progress = useConversationProgress(sheet.conversationId, null);
  const revealed = saveRefused || progress?.status === "REVEALED";
  const interrupted = revealed && !sheet.done.PARENT && (saveRefused || progress?.revealedEarly === true);
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
      <button type="button" onClick={() => router.refresh()} className="min-h-14 rounded-full bg-teal-700 px-8 text-xl font-semibold text-white">
        {onTablet ? t("continue") : t("toSummary")}
      </button>
    </section>
  );
}
