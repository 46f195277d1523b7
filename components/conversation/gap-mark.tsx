import type { Gap } from "@/lib/conversation/compare";

// An icon per gap, beside its word: the word says it, the shape repeats it, colour only helps.
const ICONS: Record<Gap, string> = { apart: "⇄", close: "≈", same: "=", unknown: "?" };
const TONES: Record<Gap, string> = {
  apart: "border-warm-700 bg-warm-100 text-warm-700",
  close: "border-teal-700 text-teal-700",
  same: "border-teal-700 bg-teal-100 text-teal-700",
  unknown: "border-line text-ink-soft",
};

export function GapMark({ gap, word }: { gap: Gap; word: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className={`inline-flex size-7 shrink-0 items-center justify-center rounded-full border-2 text-base font-bold ${TONES[gap]}`}>
        {ICONS[gap]}
      </span>
      <span className={gap === "apart" ? "font-semibold" : undefined}>{word}</span>
    </span>
  );
}
