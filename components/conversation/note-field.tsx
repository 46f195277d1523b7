"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { textAreaStyles } from "@/components/ui/field-styles";
import { saveNoteAction } from "@/lib/actions/agreements";

/**
 * A note per item, saved when the field is left. Its label shows, and so does who reads it: every
 * note is in the summary the parent takes home.
 */
export function NoteField({ conversationId, itemId, initial, label, context }: { conversationId: string; itemId: string; initial: string; label: string; context: string }) {
  const t = useTranslations("Conversation");
  const id = useId();
  const [state, setState] = useState<"idle" | "saved" | "error">("idle");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
        {/* The item's title for screen readers: many note fields share one visible label. */}
        <span className="sr-only">({context})</span>
      </label>
      <p id={`${id}-hint`} className="text-base text-ink-soft">
        {t("noteHint")}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint ${id}-status`}
        defaultValue={initial}
        maxLength={2000}
        rows={2}
        onBlur={async (event) => {
          const text = event.currentTarget.value;
          if (text === initial && state === "idle") return;
          const result = await saveNoteAction({ conversationId, itemId, text }).catch(() => null);
          setState(result?.ok ? "saved" : "error");
        }}
        className={textAreaStyles}
      />
      <p id={`${id}-status`} aria-live="polite" className="text-sm text-ink-soft">
        {state === "saved" ? t("save.saved") : state === "error" ? t("save.error") : ""}
      </p>
    </div>
  );
}
