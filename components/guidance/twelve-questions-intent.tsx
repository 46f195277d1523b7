import { getTranslations } from "next-intl/server";

const POINTS = ["relationship", "attitude", "time", "payback"] as const;

/** "De bedoeling" of seed 000, in short: why the 12 questions exist. For professionals only. */
export async function TwelveQuestionsIntent({ headingLevel = "h3" }: { headingLevel?: "h2" | "h3" }) {
  const t = await getTranslations("Guidance");
  const Heading = headingLevel;
  return (
    <aside aria-labelledby="twelve-questions-intent" className="space-y-3 rounded-2xl border-s-4 border-teal-700 bg-teal-100/50 p-5">
      <Heading id="twelve-questions-intent" className="text-xl font-semibold">
        {t("intentTitle")}
      </Heading>
      <ul className="list-disc space-y-1 ps-6 text-lg leading-relaxed">
        {POINTS.map((point) => (
          <li key={point}>{t(`intent.${point}`)}</li>
        ))}
      </ul>
      <p className="text-base text-ink-soft">{t("intentSource")}</p>
    </aside>
  );
}
