"use client";

import { useState } from "react";
import type { RatingSheet } from "@/lib/data/conversations";
import { ConsentQuestion } from "./consent-question";
import { RatingPanel } from "./rating-panel";
import { SaveIndicator } from "./save-indicator";
import { useSaveQueue } from "./use-save-queue";

type Side = "PARENT" | "PROFESSIONAL";

/**
 * The rating screen for the sides this device answers for. Two sides (a tablet in parent
 * mode): two equal halves side by side in landscape, one under the other in portrait. The
 * parent's half comes first and is never the smaller one.
 */
export function RatingScreen({ sheet, sides, askConsent }: { sheet: RatingSheet; sides: Side[]; askConsent: boolean }) {
  const { queue, state } = useSaveQueue(sheet.conversationId);
  const [consentAsked, setConsentAsked] = useState(sheet.consentAsked);
  if (askConsent && !consentAsked) return <ConsentQuestion conversationId={sheet.conversationId} onAnswered={() => setConsentAsked(true)} />;
  if (!queue) return null;
  return (
    <div className="space-y-3">
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
