import { getTranslations } from "next-intl/server";
import type { InstrumentDto } from "@/lib/data/instruments";
import { Card } from "@/components/ui/card";
import { ContentText } from "@/components/ui/content-text";

export async function PartnershipClusters({ instrument, locale }: { instrument: InstrumentDto; locale: string }) {
  const t = await getTranslations("Instruments");
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        {instrument.clusters.map((cluster) => (
          <Card as="section" key={cluster.key} aria-labelledby={`cluster-${cluster.key}`} padding="md" className="space-y-3">
            <ContentText as="h3" locale={cluster.locale} pageLocale={locale} className="text-xl font-semibold text-teal-700">
              <span id={`cluster-${cluster.key}`}>{cluster.name}</span>
            </ContentText>
            <ContentText as="p" locale={cluster.locale} pageLocale={locale} className="text-base text-ink-soft">
              {cluster.description}
            </ContentText>
            <ul className="space-y-3">
              {instrument.items
                .filter((item) => item.clusterKey === cluster.key)
                .map((item) => (
                  <li key={item.key} className="rounded-xl bg-paper p-3">
                    <ContentText as="h4" locale={item.locale} pageLocale={locale} className="text-lg font-semibold">
                      {item.title}
                    </ContentText>
                    {item.body ? (
                      <ContentText as="p" locale={item.locale} pageLocale={locale} className="text-base leading-relaxed">
                        {item.body}
                      </ContentText>
                    ) : null}
                  </li>
                ))}
            </ul>
          </Card>
        ))}
      </div>
      <p className="text-lg font-medium">{t("balance")}</p>
    </div>
  );
}
