import { getFormatter, getTranslations } from "next-intl/server";
import { ONE_DECIMAL } from "@/lib/i18n/number-formats";
import { Face } from "@/components/conversation/face";
import type { SideAverage, Spread } from "@/lib/data/reflection";
import { mostChosen, SCALE_POINTS } from "@/lib/reflection/spread";

/**
 * How the team's answers to one statement are spread over the scale: per point a face, its number,
 * a bar and the count in digits; the words for screen readers and in the line below. Neither
 * colour nor the bar alone carries a number.
 */
export async function SpreadStrip({ spread }: { spread: Spread }) {
  const t = await getTranslations("Reflection");
  const tScale = await getTranslations("Conversation");
  const points = [...SCALE_POINTS.map((point, index) => ({ point, count: spread.counts[index] })), { point: null, count: spread.unknown }];
  const wordOf = (point: number | null) => (point === null ? tScale("unknown") : tScale(`scale.${point as 1 | 2 | 3 | 4 | 5}`));
  const most = mostChosen(spread);
  return (
    <div className="space-y-2">
      <ul aria-label={t("spreadLabel")} className="grid grid-cols-6 gap-1">
        {points.map(({ point, count }) => (
          <li key={String(point)} className="flex flex-col items-center gap-1 text-center">
            <span className="text-xl font-bold tabular-nums" aria-hidden="true">
              {count}
            </span>
            <span aria-hidden="true" className="flex h-12 w-full max-w-10 items-end rounded-md bg-line/60">
              <span className="block w-full rounded-md bg-teal-700" style={{ blockSize: `${spread.people ? (count / spread.people) * 100 : 0}%` }} />
            </span>
            <Face value={point} className="size-7 text-teal-700" />
            <span aria-hidden="true" className="text-sm tabular-nums text-ink-soft">
              {point ?? "?"}
            </span>
            <span className="sr-only">{t("pointCount", { label: wordOf(point), count })}</span>
          </li>
        ))}
      </ul>
      {most !== null ? <p className="text-base">{t("mostChosen", { label: wordOf(most), count: spread.counts[most - 1], people: spread.people })}</p> : null}
    </div>
  );
}

/** The parents' average for the same statement, or why there is none. */
export async function ParentsView({ value }: { value: SideAverage }) {
  const [t, format] = await Promise.all([getTranslations("Reflection"), getFormatter()]);
  if (value.suppressed) return <p className="text-base italic text-ink-soft">{t("parentsTooFew")}</p>;
  return (
    <p className="flex flex-wrap items-center gap-3 text-base">
      <strong className="text-xl tabular-nums">{format.number(value.average, ONE_DECIMAL)}</strong>
      <span aria-hidden="true" className="inline-block h-3 w-28 rounded-full bg-line">
        <span className="block h-3 rounded-full bg-warm-700" style={{ inlineSize: `${(value.average / 5) * 100}%` }} />
      </span>
      <span>{t("parentsAverage", { families: value.familiesAtLeast })}</span>
    </p>
  );
}
