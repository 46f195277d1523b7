import { getTranslations } from "next-intl/server";
import { Face } from "./face";

/** One side's answer: face, number and word, so it reads without colour. */
export async function AnswerBadge({
  who,
  statement,
  answer,
}: {
  who: string;
  /** The statement this side rated, so each recognises their own words. */
  statement: string;
  answer: { value: number | null; comment: string } | null;
}) {
  const t = await getTranslations("Conversation");
  const word = !answer ? t("noAnswer") : answer.value === null ? t("unknownShort") : t(`scale.${answer.value as 1 | 2 | 3 | 4 | 5}`);
  return (
    <div className="flex-1 space-y-1 rounded-2xl bg-paper p-3">
      <p className="text-base font-semibold">{who}</p>
      <p className="text-base text-ink-soft">{statement}</p>
      <p className="flex items-center gap-2 text-lg">
        {answer ? <Face value={answer.value} className="size-9 shrink-0 text-teal-700" /> : null}
        <span>
          {answer?.value ? <strong>{answer.value} · </strong> : null}
          {word}
        </span>
      </p>
      {answer?.comment ? <p className="text-base italic">“{answer.comment}”</p> : null}
    </div>
  );
}
