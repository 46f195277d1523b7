"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { canSpeak, speak } from "@/lib/client/speech";

/** The same text in Dutch and English, for a device without a voice for the parent's language. */
export type ReadAloudFallbacks = Partial<Record<"nl" | "en", string>>;

type State = "idle" | "noVoice" | "cannotRead";

/**
 * A speaker button that reads one text aloud in the parent's language, with the browser's own
 * voices. When the device has no voice for that language it says so plainly and offers the
 * Dutch or English text instead. Works by touch and keyboard (a real button, 44 px).
 */
export function ReadAloudButton({ text, lang, label, fallbacks }: { text: string; lang: string; label: string; fallbacks?: ReadAloudFallbacks }) {
  const t = useTranslations("Parent");
  const [state, setState] = useState<State>("idle");

  async function read(what: string, language: string) {
    if (!canSpeak()) return setState("cannotRead");
    setState((await speak(what, language)) ? "idle" : language === lang ? "noVoice" : "cannotRead");
  }

  return (
    <span className="inline-flex flex-col items-start gap-2">
      <Button variant="secondary" size="icon" aria-label={label} title={label} onClick={() => void read(text, lang)}>
        <SpeakerIcon />
      </Button>
      {state !== "idle" ? (
        <span role="status" className="block max-w-sm space-y-2 rounded-xl bg-warm-100 p-3 text-base text-warm-700">
          <span className="block">{state === "noVoice" ? t("noVoice") : t("cannotRead")}</span>
          {state === "noVoice" ? (
            <span className="flex flex-wrap gap-2">
              {fallbacks?.nl ? (
                <Button variant="neutral" size="sm" onClick={() => void read(fallbacks.nl!, "nl")}>
                  {t("hearDutch")}
                </Button>
              ) : null}
              {fallbacks?.en ? (
                <Button variant="neutral" size="sm" onClick={() => void read(fallbacks.en!, "en")}>
                  {t("hearEnglish")}
                </Button>
              ) : null}
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}

function SpeakerIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 rtl:-scale-x-100" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M11 5 6 9H3v6h3l5 4V5z" fill="currentColor" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7" />
      <path d="M18.5 5.5a9 9 0 0 1 0 13" />
    </svg>
  );
}
