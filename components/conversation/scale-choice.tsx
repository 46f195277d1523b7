"use client";

import { useTranslations } from "next-intl";
import { Face } from "./face";

const VALUES = [1, 2, 3, 4, 5] as const;

/**
 * The five-point scale and "weet ik niet" as one group of big radio buttons: a face and a word
 * on each, so neither colour nor reading alone carries the meaning. Arrow keys move between them.
 */
export function ScaleChoice({
  name,
  legend,
  value,
  answered,
  onChange,
  lang,
}: {
  name: string;
  legend: string;
  value: number | null;
  answered: boolean;
  onChange: (value: number | null) => void;
  lang?: string;
}) {
  const t = useTranslations("Conversation");
  const options: { value: number | null; label: string }[] = [
    ...VALUES.map((option) => ({ value: option, label: t(`scale.${option}`) })),
    { value: null, label: t("unknown") },
  ];
  return (
    <fieldset className="space-y-3">
      <legend lang={lang} className="mb-3 text-2xl font-semibold leading-snug">
        {legend}
      </legend>
      <div className="grid gap-2">
        {options.map((option) => {
          const checked = answered && value === option.value;
          return (
            <label
              key={String(option.value)}
              className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-2xl border-2 px-3 py-1 text-lg leading-tight has-focus-visible:outline-3 has-focus-visible:outline-teal-700 ${
                checked ? "border-teal-700 bg-teal-100 font-semibold" : "border-line bg-card"
              } ${option.value === null ? "mt-1" : ""}`}
            >
              <input
                type="radio"
                name={name}
                className="sr-only"
                checked={checked}
                onChange={() => onChange(option.value)}
              />
              <Face value={option.value} className="size-10 shrink-0 text-teal-700" />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
