"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { ReadAloudButton, type ReadAloudFallbacks } from "@/components/parent/read-aloud-button";
import { Face } from "./face";

const VALUES = [1, 2, 3, 4, 5] as const;

/** What read-aloud needs on the parent's side: the language, and Dutch and English to fall back on. */
export interface ScaleReadAloud {
  lang: string;
  statement: ReadAloudFallbacks;
  /** The six scale words (1–5, then "weet ik niet") in Dutch and in English. */
  options: Partial<Record<"nl" | "en", string[]>>;
}

/** How a choice was made: arrow keys only walk through the scale, so they never move the screen on. */
export type ChoiceWay = "chosen" | "arrowKey";

const ARROW_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

// The speaker buttons as tall as an answer (44 px, the smallest target allowed) rather than the
// icon button's 2.75rem, so six answers with their speakers fit one screen beside the other half.
const COMPACT_SPEAKER = "contents [&>span>button]:size-[44px]";

/**
 * The five-point scale and "weet ik niet" as one group of big radio buttons: a face and a word
 * on each, so neither colour nor reading alone carries the meaning. Arrow keys move between them.
 * On the parent's side a speaker button beside the statement and beside every scale word reads it aloud.
 * Compact enough (44 px answers) that the statement, the scale and the buttons fit on one screen,
 * also in one half of a tablet on its side.
 */
export function ScaleChoice({
  name,
  legend,
  value,
  rated,
  onChange,
  lang,
  readAloud,
}: {
  name: string;
  legend: string;
  value: number | null;
  rated: boolean;
  onChange: (value: number | null, way: ChoiceWay) => void;
  lang?: string;
  readAloud?: ScaleReadAloud;
}) {
  const legendId = useId();
  // A radio changed by an arrow key fires the same change event as a tap: the key says which.
  const arrowKeyAt = useRef(0);
  const t = useTranslations("Conversation");
  const tParent = useTranslations("Parent");
  const options: { value: number | null; label: string }[] = [
    ...VALUES.map((option) => ({ value: option, label: t(`scale.${option}`) })),
    { value: null, label: t("unknown") },
  ];
  const fallbacksOf = (index: number): ReadAloudFallbacks => ({ nl: readAloud?.options.nl?.[index], en: readAloud?.options.en?.[index] });
  return (
    // Named by the statement alone: the speaker button sits in the legend but is not part of the name.
    <fieldset aria-labelledby={legendId}>
      <legend className="mb-2 flex w-full items-start justify-between gap-3">
        <span id={legendId} lang={lang} className="text-xl font-semibold leading-snug @min-[36rem]:text-2xl">
          {legend}
        </span>
        {readAloud ? (
          <span className={COMPACT_SPEAKER}>
            <ReadAloudButton text={legend} lang={lang ?? readAloud.lang} label={tParent("readStatement")} fallbacks={readAloud.statement} />
          </span>
        ) : null}
      </legend>
      <div
        className="grid gap-1"
        onKeyDown={(event) => {
          if (ARROW_KEYS.has(event.key)) arrowKeyAt.current = event.timeStamp;
        }}
      >
        {options.map((option, index) => {
          const checked = rated && value === option.value;
          return (
            <div key={String(option.value)} className={`flex items-center gap-2 ${option.value === null ? "mt-1" : ""}`}>
              <label
                className={`flex min-h-[44px] flex-1 cursor-pointer items-center gap-3 rounded-2xl border-2 px-3 py-0.5 text-lg leading-tight has-focus-visible:outline-3 has-focus-visible:outline-teal-700 ${
                  checked ? "border-teal-700 bg-teal-100 font-semibold" : "border-line bg-card"
                }`}
              >
                <input
                  type="radio"
                  name={name}
                  className="sr-only"
                  checked={checked}
                  onChange={(event) => onChange(option.value, event.timeStamp - arrowKeyAt.current < 100 ? "arrowKey" : "chosen")}
                />
                <Face value={option.value} className="size-8 shrink-0 text-teal-700" />
                <span>{option.label}</span>
              </label>
              {readAloud ? (
                <span className={COMPACT_SPEAKER}>
                  <ReadAloudButton text={option.label} lang={readAloud.lang} label={tParent("readOption", { option: option.label })} fallbacks={fallbacksOf(index)} />
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
