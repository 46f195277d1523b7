import { getTranslations } from "next-intl/server";
import type { ItemDto } from "@/lib/data/instruments";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ContentText } from "@/components/ui/content-text";

export async function ThemeGrid({ items, locale }: { items: ItemDto[]; locale: string }) {
  const t = await getTranslations("Instruments");
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {items.map((item) => (
        <Card as="li" key={item.key} padding="md" tone={item.kind === "OPEN_THEME" ? "open" : "plain"} className="space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            <ContentText as="h3" locale={item.locale} pageLocale={locale} className="text-xl font-semibold">
              {item.title}
            </ContentText>
            {item.kind === "OPEN_THEME" ? <Badge tone="teal">{t("openTheme")}</Badge> : null}
            {item.reconstructed ? <Badge>{t("reconstructed")}</Badge> : null}
          </div>
          {item.reconstructed ? <p className="text-base italic text-ink-soft">{t("reconstructedExplanation")}</p> : null}
          {item.body ? (
            <ContentText as="p" locale={item.locale} pageLocale={locale} className="text-lg leading-relaxed">
              {item.body}
            </ContentText>
          ) : null}
          {item.quotes.length > 0 ? (
            <figure className="space-y-2 border-s-4 border-warm-700 ps-4">
              <figcaption className="sr-only">{t("quotesLabel")}</figcaption>
              {item.quotes.map((quote) => (
                <ContentText key={quote} as="blockquote" locale={item.locale} pageLocale={locale} className="text-lg italic text-warm-700">
                  “{quote}”
                </ContentText>
              ))}
              {item.quotePlacementReconstructed ? (
                <p className="text-base text-ink-soft">
                  <Badge>{t("quotePlacement")}</Badge> {t("quotePlacementExplanation")}
                </p>
              ) : null}
            </figure>
          ) : null}
        </Card>
      ))}
    </ul>
  );
}
