import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const steps = ["rate", "reveal", "talk", "agree"] as const;

export default async function HomePage() {
  const t = await getTranslations("Home");
  return (
    <div className="space-y-10">
      <section className="space-y-5">
        <h1 className="text-4xl font-semibold leading-tight text-ink sm:text-5xl">{t("title")}</h1>
        <p className="max-w-3xl text-xl leading-relaxed text-ink-soft">{t("intro")}</p>
        <ButtonLink href="/instrumenten">{t("instrumentsLink")}</ButtonLink>
      </section>
      <section aria-labelledby="steps-title" className="space-y-4">
        <h2 id="steps-title" className="text-2xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {steps.map((step, index) => (
            <Card as="li" key={step} padding="md" className="flex gap-4 text-lg">
              <span
                aria-hidden="true"
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-warm-100 font-semibold text-warm-700"
              >
                {index + 1}
              </span>
              {t(`steps.${step}`)}
            </Card>
          ))}
        </ol>
      </section>
    </div>
  );
}
