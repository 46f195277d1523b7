"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { SaveState } from "@/lib/client/save-queue";

const ICONS: Record<Exclude<SaveState, "idle">, string> = { saved: "✓", saving: "…", offline: "⚠", error: "!", locked: "!" };

/**
 * What became of this side's ratings: nothing before the first one ("idle"), "Opgeslagen" only
 * once the server has it. The live region is always there, so the first change is announced;
 * `onRetry` (when ratings still wait) sends them again at once instead of at the next retry.
 */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry?: () => void }) {
  const t = useTranslations("Conversation.save");
  const tone = state === "saved" || state === "saving" ? "text-teal-700" : "text-warm-700";
  return (
    // At least 12rem, or a line of its own: a long offline message never squeezes into a narrow column.
    <div className="flex min-w-0 flex-1 basis-48 flex-wrap items-center justify-end gap-x-3 gap-y-1">
      <p role="status" aria-live="polite" className={`flex items-center gap-2 text-base font-medium ${tone}`}>
        {state === "idle" ? null : (
          <>
            <span aria-hidden="true">{ICONS[state]}</span>
            {t(state)}
          </>
        )}
      </p>
      {onRetry && (state === "offline" || state === "error") ? (
        <Button variant="neutral" size="sm" onClick={onRetry}>
          {t("retry")}
        </Button>
      ) : null}
    </div>
  );
}
