"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { textAreaStyles } from "@/components/ui/field-styles";
import { markSideDoneAction } from "@/lib/actions/rating";
import type { SaveQueue, SaveState } from "@/lib/client/save-queue";
import { firstUnratedIndex } from "@/lib/conversation/resume";
import type { SheetItem, SideRatings } from "@/lib/data/conversations";
import type { Side } from "@/lib/domain";
import { AutoAdvanceSwitch, useAutoAdvance } from "./auto-advance";
import { SaveIndicator } from "./save-indicator";
import { ScaleChoice, type ChoiceWay, type ScaleReadAloud } from "./scale-choice";

// Opaque, so the sticky bar with the save state hides what scrolls under it; the same tint as the half.
const TONES: Record<Side, { panel: string; bar: string }> = {
  PARENT: { panel: "border-warm-700/40", bar: "bg-[color-mix(in_srgb,var(--color-warm-100)_40%,var(--color-paper))]" },
  PROFESSIONAL: { panel: "border-teal-700/40", bar: "bg-[color-mix(in_srgb,var(--color-teal-100)_40%,var(--color-paper))]" },
};

/**
 * One person's ratings, one statement at a time: large type, one clear action, and the statement,
 * the scale and the buttons on one screen. A choice moves on to the next statement by itself
 * after a short pause (the switch turns that off). Every choice is queued for saving at once; the
 * queue keeps it until the server has it. Rendered in the browser only (after the save queue
 * exists), so it may read browser storage while rendering.
 */
export function RatingPanel({
  conversationId,
  side,
  items,
  initialRatings,
  initiallyDone,
  resumeAt,
  queue,
  saveState,
  coverable,
  readAloud,
  languageSwitch,
}: {
  conversationId: string;
  side: Side;
  items: SheetItem[];
  initialRatings: SideRatings;
  initiallyDone: boolean;
  /** The first statement this side has not rated, as the server knows it. */
  resumeAt: number;
  queue: SaveQueue;
  /** Shown in each half, in that half's language. */
  saveState: SaveState;
  coverable: boolean;
  /** The parent's side: read every statement and scale word aloud in this language. */
  readAloud?: Omit<ScaleReadAloud, "statement">;
  /** The parent's side: their own language switch, under the buttons. */
  languageSwitch?: ReactNode;
}) {
  const t = useTranslations("Conversation");
  // This half's language: the parent's region may be in another language than the page.
  const locale = useLocale();
  const router = useRouter();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const [ratings, setRatings] = useState<SideRatings>(() => withUnsent(initialRatings, queue, side));
  // A reload goes on at the first unrated statement; ratings still waiting here count as rated.
  const [index, setIndex] = useState(() => firstUnratedIndex(items, ratings, resumeAt));
  // "Opgeslagen" and "Bezig met opslaan…" belong to a half that rated something; trouble shows in both.
  const [rated, setRated] = useState(() => queue.unsent.some((save) => save.side === side));
  // Remembered for this tab, so a reload does not uncover someone's ratings.
  const coverKey = `samenspraak-covered-${conversationId}-${side}`;
  const [covered, setCoveredState] = useState(() => sessionStorage.getItem(coverKey) === "1");
  const autoAdvance = useAutoAdvance(`samenspraak-auto-advance-${conversationId}-${side}`);
  // Which statement's comment is open: a screen does not move on under someone writing.
  const [commentOpenFor, setCommentOpenFor] = useState<string | null>(null);
  const [done, setDone] = useState(initiallyDone);
  const [finishing, setFinishing] = useState(false);
  // Set when the screen moved on by itself while this half had the focus: the focus follows.
  const focusNextItem = useRef(false);
  const item = items[index];
  const rating = item ? ratings[item.itemId] : undefined;
  const unrated = items.filter((entry) => !(entry.itemId in ratings)).length;
  const last = index === items.length - 1;

  useEffect(() => {
    if (!focusNextItem.current) return;
    focusNextItem.current = false;
    sectionRef.current?.querySelector<HTMLInputElement>("fieldset input")?.focus();
  }, [index]);

  function record(itemId: string, value: number | null, comment: string) {
    setRatings((current) => ({ ...current, [itemId]: { value, comment } }));
    setRated(true);
    queue.enqueue({ conversationId, itemId, side, value, comment, ratedAt: new Date().toISOString(), locale });
  }

  function choose(value: number | null, way: ChoiceWay) {
    if (!item) return;
    record(item.itemId, value, rating?.comment ?? "");
    // Not from the last statement ("Klaar" is a decision), nor while someone writes a comment.
    if (way === "arrowKey" || commentOpenFor === item.itemId || last) return autoAdvance.cancel();
    const from = index;
    autoAdvance.schedule(() => {
      focusNextItem.current = sectionRef.current?.contains(document.activeElement) ?? false;
      setIndex((current) => (current === from ? from + 1 : current));
    });
  }

  function goTo(next: number) {
    autoAdvance.cancel();
    setIndex(next);
  }

  function setCovered(value: boolean) {
    autoAdvance.cancel();
    sessionStorage.setItem(coverKey, value ? "1" : "0");
    setCoveredState(value);
  }

  async function finish() {
    setFinishing(true);
    await queue.flush();
    // "Dank je wel! Je antwoorden zijn opgeslagen" only when they are: a rating still waiting
    // (offline, server trouble) keeps this side open, and the save state says why.
    if (queue.unsent.some((save) => save.side === side)) {
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
  const shownState = rated || (saveState !== "saved" && saveState !== "saving") ? saveState : "idle";
  const autoSwitch = done ? null : <AutoAdvanceSwitch on={autoAdvance.enabled} onChange={autoAdvance.setEnabled} />;
  const progress = item && !done && !covered ? <p className="text-base text-ink-soft">{t("progress", { current: index + 1, total: items.length })}</p> : null;
  return (
    <section
      ref={sectionRef}
      aria-labelledby={headingId}
      className={`@container flex h-full flex-col gap-2 rounded-3xl border-2 p-3 ${TONES[side].panel} ${TONES[side].bar}`}
    >
      {/* The same header in both halves (they are equally wide): the cover button beside the title
          in a wide half, under it in a narrow one. On a phone, with nothing to cover, the switch
          for moving on stands there. The title is small; the statement is what counts. */}
      <header className={coverable ? "flex flex-col gap-2 @min-[24rem]:flex-row @min-[24rem]:items-center @min-[24rem]:justify-between" : "flex flex-wrap items-center justify-between gap-2"}>
        <h2 id={headingId} className="text-lg font-bold">
          {label}
        </h2>
        {coverable ? (
          done ? null : (
            <Button variant="neutral" size="sm" className="shrink-0 self-start @min-[24rem]:self-auto" aria-pressed={covered} onClick={() => setCovered(!covered)}>
              {covered ? t("uncover") : t("cover")}
            </Button>
          )
        ) : (
          autoSwitch
        )}
      </header>
      {/* Stays in sight while the page scrolls (a long comment, large text): offline shows at once.
          How far this side is, and whether it is saved: one short line, so a long statement in
          a half at 1024×768 still leaves room to answer and go on. */}
      <div className={`sticky top-0 z-10 -mx-1 flex min-h-7 flex-wrap items-center gap-x-3 rounded-xl px-1 ${TONES[side].bar}`}>
        {progress}
        <SaveIndicator state={shownState} onRetry={queue.unsent.length > 0 ? () => void queue.flush() : undefined} />
      </div>
      {done ? (
        <p role="status" className="rounded-2xl bg-card p-5 text-xl">
          {t("sideFinished")} {t("waiting")}
        </p>
      ) : covered ? (
        <p className="flex flex-1 items-center justify-center rounded-2xl bg-ink/80 p-8 text-center text-xl text-white">{t("covered")}</p>
      ) : item ? (
        <>
          {/* A new statement fades in, unless the device asks for less motion (app/globals.css). */}
          <div key={item.itemId} className="space-y-1 transition-opacity duration-300 starting:opacity-0">
            <ScaleChoice
              name={`${side}-${item.itemId}`}
              legend={item.statements[side].text}
              lang={item.statements[side].locale}
              value={rating?.value ?? null}
              rated={rating !== undefined}
              onChange={choose}
              readAloud={readAloud ? { ...readAloud, statement: item.parentFallbacks } : undefined}
            />
            <details
              className="text-lg"
              open={Boolean(rating?.comment)}
              onToggle={(event) => {
                const open = event.currentTarget.open;
                setCommentOpenFor(open ? item.itemId : null);
                if (open) autoAdvance.cancel();
              }}
            >
              <summary className="min-h-[44px] cursor-pointer py-2 text-base">{t("comment")}</summary>
              <textarea
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
          </div>
          <nav aria-label={t("progress", { current: index + 1, total: items.length })} className="grid grid-cols-2 gap-3">
            <Button variant="neutral" size="lg" className="px-4!" disabled={index === 0} onClick={() => goTo(index - 1)}>
              {t("previous")}
            </Button>
            {last ? (
              <Button size="lg" className="px-4!" disabled={finishing} onClick={finish}>
                {t("done")}
              </Button>
            ) : (
              <Button size="lg" className="px-4!" onClick={() => goTo(index + 1)}>
                {t("next")}
              </Button>
            )}
          </nav>
          {last && unrated > 0 ? <p className="text-base text-ink-soft">{t("unrated", { open: unrated })}</p> : null}
        </>
      ) : null}
      {/* On the tablet the header holds the cover button, so the switch for moving on waits
          right under the buttons, in both halves alike: a setting, not a step of answering. */}
      {coverable && autoSwitch ? <div className="pt-1">{autoSwitch}</div> : null}
      {languageSwitch ? <div className="mt-auto pt-2">{languageSwitch}</div> : null}
    </section>
  );
}

/** Ratings still waiting in this device's queue win over what the server sent. */
function withUnsent(ratings: SideRatings, queue: SaveQueue, side: Side): SideRatings {
  const merged = { ...ratings };
  for (const save of queue.unsent) if (save.side === side) merged[save.itemId] = { value: save.value, comment: save.comment ?? "" };
  return merged;
}
