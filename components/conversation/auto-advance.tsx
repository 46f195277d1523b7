"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";

/** Long enough to see one's choice land, short enough to keep the talk going. */
export const AUTO_ADVANCE_MS = 1000;

/**
 * After a choice the rating screen moves on to the next statement by itself, unless this side
 * turned that off. The choice is remembered per conversation and side on this device, so each
 * half of a shared tablet keeps its own, and a reload keeps it too. Rendered in the browser only.
 */
export function useAutoAdvance(storageKey: string) {
  const [enabled, setEnabledState] = useState(() => readPreference(storageKey));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = useCallback(() => clearTimeout(timer.current), []);
  useEffect(() => cancel, [cancel]);

  const setEnabled = (value: boolean) => {
    try {
      localStorage.setItem(storageKey, value ? "on" : "off");
    } catch {
      // Storage blocked: the switch still holds while the page is open.
    }
    if (!value) cancel();
    setEnabledState(value);
  };
  /** Moves on after the pause; a newer choice, a button or the switch cancels it first. */
  const schedule = (advance: () => void) => {
    cancel();
    if (enabled) timer.current = setTimeout(advance, AUTO_ADVANCE_MS);
  };
  return { enabled, setEnabled, schedule, cancel };
}

function readPreference(storageKey: string): boolean {
  try {
    return localStorage.getItem(storageKey) !== "off";
  } catch {
    return true;
  }
}

/**
 * The visible on/off switch for moving on by itself: a real button with role="switch", so a
 * keyboard toggles it with Space or Enter and a screen reader says whether it is on. The knob's
 * side and fill show the state, not colour alone; in right-to-left the knob mirrors.
 */
export function AutoAdvanceSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const t = useTranslations("Conversation");
  const hintId = useId();
  return (
    <>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={hintId}
        onClick={() => onChange(!on)}
        className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-full border-2 border-line bg-card px-3 text-base font-medium hover:border-teal-700"
      >
        <span aria-hidden="true" className={`flex h-6 w-10 shrink-0 items-center rounded-full border-2 border-ink-soft p-0.5 ${on ? "justify-end bg-teal-700" : "justify-start bg-card"}`}>
          <span className={`size-4 rounded-full ${on ? "bg-white" : "bg-ink-soft"}`} />
        </span>
        {t("autoAdvance")}
      </button>
      <span id={hintId} className="sr-only">
        {t("autoAdvanceHint")}
      </span>
    </>
  );
}
