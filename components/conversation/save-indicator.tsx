"use client";

import { useTranslations } from "next-intl";
import type { SaveState } from "@/lib/client/save-queue";

const ICONS: Record<SaveState, string> = { saved: "✓", saving: "…", offline: "⚠", error: "!", locked: "!" };

export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useTranslations("Conversation.save");
  const tone = state === "saved" || state === "saving" ? "text-teal-700" : "text-warm-700";
  return (
    <p role="status" aria-live="polite" className={`flex items-center gap-2 text-base font-medium ${tone}`}>
      <span aria-hidden="true">{ICONS[state]}</span>
      {t(state)}
    </p>
  );
}
