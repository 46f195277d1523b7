"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ScaleChoice } from "@/components/conversation/scale-choice";
import { finishReflectionAction, saveReflectionRatingAction } from "@/lib/actions/reflection";
import type { ReflectionSheet } from "@/lib/data/reflection";
import { Button } from "@/components/ui/button";

type SaveState = "idle" | "saving" | "saved" | "error";

/**
 * One person's reflection, one statement at a time: large type, one clear action. Each choice is
 * saved at once, in the order it was made, so the last tap always wins.
 */
export function ReflectionRating({ sheet, doneHref }: { sheet: ReflectionSheet; doneHref: string }) {
  const t = useTranslations("Reflection");
  const router = useRouter();
  const [index, setIndex] = useState(() => Math.max(0, sheet.items.findIndex((item) => !(item.itemId in sheet.ratings))));
  const [ratings, setRatings] = useState(sheet.ratings);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const item = sheet.items[index];
  const open = sheet.items.filter((entry) => !(entry.itemId in ratings));
  const last = index === sheet.items.length - 1;

  function choose(itemId: string, value: number | null) {
    setRatings((current) => ({ ...current, [itemId]: value }));
    setSaveState("saving");
    queue.current = queue.current.then(async () => {
      const result = await saveReflectionRatingAction({ roundId: sheet.roundId, itemId, value }).catch(() => null);
      setSaveState(result?.ok ? "saved" : "error");
    });
  }

  async function finish() {
    setFinishing(true);
    await queue.current;
    const result = await finishReflectionAction({ roundId: sheet.roundId }).catch(() => null);
    setFinishing(false);
    if (!result?.ok) return setFinishError(true);
    router.push(doneHref);
    router.refresh();
  }

  if (!item) return null;
  const rated = item.itemId in ratings;
  // One way forward: the next statement; at the end the first one still open, or Klaar.
  const forwardLabel = !last ? t("next") : open.length > 0 ? t("toFirstOpen") : t("finish");
  function forward() {
    if (!last) setIndex(index + 1);
    else if (open.length > 0) setIndex(sheet.items.indexOf(open[0]));
    else void finish();
  }

  return (
    <section aria-labelledby="reflection-item" className="flex flex-col gap-5 rounded-3xl border-2 border-teal-700/40 bg-teal-100/40 p-5 sm:p-6">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <p id="reflection-item" className="text-lg text-ink-soft">
          {t("progress", { current: index + 1, total: sheet.items.length })} · <span className="font-semibold text-ink">{item.title}</span>
        </p>
        <p role="status" aria-live="polite" className={`text-base font-medium ${saveState === "error" ? "text-warm-700" : "text-teal-700"}`}>
          {saveState === "idle" ? "" : t(`save.${saveState}`)}
        </p>
      </header>
      <ScaleChoice
        key={item.itemId}
        name={`reflection-${item.itemId}`}
        legend={item.statement}
        lang={item.locale}
        value={ratings[item.itemId] ?? null}
        rated={rated}
        onChange={(value) => choose(item.itemId, value)}
      />
      <nav aria-label={t("progress", { current: index + 1, total: sheet.items.length })} className="flex flex-wrap justify-between gap-3">
        <Button variant="neutral" size="lg" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t("previous")}
        </Button>
        <Button size="lg" disabled={finishing} onClick={forward}>
          {forwardLabel}
        </Button>
      </nav>
      {last && open.length > 0 ? <p className="text-base text-ink-soft">{t("answerAll", { open: open.length })}</p> : null}
      {finishError ? (
        <p role="alert" className="rounded-xl bg-red-50 px-4 py-3 text-lg text-red-800">
          {t("finishError")}
        </p>
      ) : null}
    </section>
  );
}
