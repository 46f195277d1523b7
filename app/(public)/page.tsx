import Link from "next/link";
import { getTranslations } from "next-intl/server";

const steps = ["rate", "reveal", "talk", "agree"] as const;

export default async function HomePage() {
  const t = await getTranslations("Home");
  return (
    <div className="space-y-10">
      <section className="space-y-5">
        <h1 className="text-4xl font-semibold leading-tight text-ink sm:text-5xl">{t("title")}</h1>
        <p className="max-w-3xl text-xl leading-relaxed text-ink-soft">{t("intro")}</p>
        <Link
          href="/instrumenten"
          className="inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 text-lg font-semibold text-white hover:bg-teal-700/90"
        >
          {t("instrumentsLink")}
        </Link>
      </section>
      <section aria-labelledby="steps-title" className="space-y-4">
        <h2 id="steps-title" className="text-2xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2">
          {steps.map((step, index) => (
            <li key={step} className="flex gap-4 rounded-2xl border border-line bg-card p-5 text-lg">
              <span
                aria-hidden="true"
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-warm-100 font-semibold text-warm-700"
              >
                {index + 1}
              </span>
              {t(`steps.${step}`)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
