"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { textAreaStyles } from "@/components/ui/field-styles";
import { markSideDoneAction } from "@/lib/actions/rating";
import type { SaveQueue, SaveState } from "@/lib/client/save-queue";
import type { SheetItem, SideRatings } from "@/lib/data/conversations";
import type { Side } from "@/lib/domain";
import { SaveIndicator } from "./save-indicator";
import { ScaleChoice, type ScaleReadAloud } from "./scale-choice";

/**
 * One person's ratings, one statement at a time: large type, one clear action. Every choice is
 * queued for saving at once; the queue keeps it until the server has it. Rendered in the
 * browser only (after the save queue exists), so it may read browser storage while rendering.
 */
export function RatingPanel({
  conversationId,
  side,
  items,
  initialRatings,
  initiallyDone,
  queue,
  saveState,
  coverable,
  readAloud,
  intro,
  languageSwitch,
}: {
  conversationId: string;
  side: Side;
  items: SheetItem[];
  initialRatings: SideRatings;
  initiallyDone: boolean;
  queue: SaveQueue | null;
  /** Shown in each half, in that half's language. */
  saveState: SaveState;
  coverable: boolean;
  /** The parent's side: read every statement and scale word aloud in this language. */
  readAloud?: Omit<ScaleReadAloud, "statement">;
  /** The parent's side: what the phone promises, and the parent's own language switch. */
  intro?: string;
  languageSwitch?: ReactNode;
}) {
  const t = useTranslations("Conversation");
  // This half's language: the parent's region may be in another language than the page.
  const locale = useLocale();
  const router = useRouter();
  const headingId = useId();
  const [index, setIndex] = useState(0);
  const [ratings, setRatings] = useState<SideRatings>(() => withUnsent(initialRatings, queue, side));
  // Remembered for this tab, so a reload does not uncover someone's ratings.
  const coverKey = `samenspraak-covered-${conversationId}-${side}`;
  const [covered, setCoveredState] = useState(() => sessionStorage.getItem(coverKey) === "1");
  const setCovered = (value: boolean) => {
    sessionStorage.setItem(coverKey, value ? "1" : "0");
    setCoveredState(value);
  };
  const [done, setDone] = useState(initiallyDone);
  const [finishing, setFinishing] = useState(false);
  const item = items[index];
  const rating = item ? ratings[item.itemId] : undefined;
  const unrated = items.filter((entry) => !(entry.itemId in ratings)).length;

  function record(itemId: string, value: number | null, comment: string) {
    setRatings((current) => ({ ...current, [itemId]: { value, comment } }));
    queue?.enqueue({ conversationId, itemId, side, value, comment, ratedAt: new Date().toISOString(), locale });
  }

  async function finish() {
    setFinishing(true);
    await queue?.flush();
    // "Dank je wel! Je antwoorden zijn opgeslagen" only when they are: a rating still waiting
    // (offline, server trouble) keeps this side open, and the save state says why.
    if (queue?.unsent.some((save) => save.side === side)) {
      setFinishing(false);
      return;
    }
    const result = await markSideDoneAction({ conversationId, side }).catch(() => null);
    setFinishing(false);
    if (result?.ok) {
      setDone(true);
      router.refresh();
    }
  }

  const label = side === "PARENT" ? t("parent") : t("professional");
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-h-full flex-col gap-5 rounded-3xl border-2 p-5 sm:p-6 ${side === "PARENT" ? "border-warm-700/40 bg-warm-100/40" : "border-teal-700/40 bg-teal-100/40"}`}
    >
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-2xl font-bold">
          {label}
        </h2>
        {coverable && !done ? (
          <Button variant="neutral" aria-pressed={covered} onClick={() => setCovered(!covered)}>
            {covered ? t("uncover") : t("cover")}
          </Button>
        ) : null}
      </header>
      {languageSwitch}
      {intro ? <p className="text-lg">{intro}</p> : null}
      <SaveIndicator state={saveState} />
      {done ? (
        <p role="status" className="rounded-2xl bg-card p-5 text-xl">
          {t("sideFinished")} {t("waiting")}
        </p>
      ) : covered ? (
        <p className="flex flex-1 items-center justify-center rounded-2xl bg-ink/80 p-8 text-center text-xl text-white">{t("covered")}</p>
      ) : item ? (
        <>
          <p className="text-lg text-ink-soft">{t("progress", { current: index + 1, total: items.length })}</p>
          <ScaleChoice
            name={`${side}-${item.itemId}`}
            legend={item.statements[side].text}
            lang={item.statements[side].locale}
            value={rating?.value ?? null}
            rated={rating !== undefined}
            onChange={(value) => record(item.itemId, value, rating?.comment ?? "")}
            readAloud={readAloud ? { ...readAloud, statement: item.parentFallbacks } : undefined}
          />
          <details className="text-lg" open={Boolean(rating?.comment)}>
            <summary className="min-h-11 cursor-pointer py-2">{t("comment")}</summary>
            <textarea
              key={`${side}-${item.itemId}`}
              aria-label={t("comment")}
              defaultValue={rating?.comment ?? ""}
              maxLength={1000}
              rows={3}
              onBlur={(event) => {
                const comment = event.currentTarget.value.trim();
                if (comment !== (rating?.comment ?? "")) record(item.itemId, rating?.value ?? null, comment);
              }}
              className={`mt-2 ${textAreaStyles}`}
            />
          </details>
          <nav aria-label={t("progress", { current: index + 1, total: items.length })} className="mt-auto flex flex-wrap justify-between gap-3">
            <Button variant="neutral" size="lg" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              {t("previous")}
            </Button>
            {index < items.length - 1 ? (
              <Button size="lg" onClick={() => setIndex(index + 1)}>
                {t("next")}
              </Button>
            ) : (
              <Button size="lg" disabled={finishing} onClick={finish}>
                {t("done")}
              </Button>
            )}
          </nav>
          {index === items.length - 1 && unrated > 0 ? <p className="text-base text-ink-soft">{t("unrated", { open: unrated })}</p> : null}
        </>
      ) : null}
    </section>
  );
}

/** Ratings still waiting in this device's queue win over what the server sent. */
function withUnsent(ratings: SideRatings, queue: SaveQueue | null, side: Side): SideRatings {
  const merged = { ...ratings };
  for (const save of queue?.unsent ?? []) if (save.side === side) merged[save.itemId] = { value: save.value, comment: save.comment ?? "" };
  return merged;
}
