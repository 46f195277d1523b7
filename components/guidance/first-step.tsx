import { getTranslations } from "next-intl/server";

/** The praatplaat's reminder, just before the professional hands over: equality starts with you. */
export async function FirstStep() {
  const t = await getTranslations("Guidance");
  return (
    <aside aria-labelledby="first-step" className="space-y-2 rounded-2xl border-s-4 border-warm-700 bg-warm-100/60 p-4">
      <h3 id="first-step" className="text-lg font-semibold">
        {t("firstStepTitle")}
      </h3>
      <p className="text-lg leading-relaxed">{t("firstStep")}</p>
      <p className="text-lg font-medium leading-relaxed">{t("firstStepQuestion")}</p>
      <p className="text-base text-ink-soft">{t("firstStepSource")}</p>
    </aside>
  );
}
