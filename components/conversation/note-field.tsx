"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { textAreaStyles } from "@/components/ui/field-styles";
import { saveNoteAction } from "@/lib/actions/agreements";

/** A note per item, saved when the field is left. */
export function NoteField({ conversationId, itemId, initial, label }: { conversationId: string; itemId: string; initial: string; label: string }) {
  const t = useTranslations("Conversation.save");
  const [state, setState] = useState<"idle" | "saved" | "error">("idle");
  return (
    <div className="space-y-1">
      <textarea
        aria-label={label}
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
      <p aria-live="polite" className="text-sm text-ink-soft">
        {state === "saved" ? t("saved") : state === "error" ? t("error") : ""}
      </p>
    </div>
  );
}
