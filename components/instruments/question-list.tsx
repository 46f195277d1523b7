import type { ItemDto } from "@/lib/data/instruments";
import { Card } from "@/components/ui/card";
import { ContentText } from "@/components/ui/content-text";

export function QuestionList({ items, locale }: { items: ItemDto[]; locale: string }) {
  return (
    <ol className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {items.map((item, index) => (
        <Card as="li" key={item.key} padding="sm" className="flex gap-4">
          <span
            aria-hidden="true"
            className="flex size-10 shrink-0 items-center justify-center rounded-full bg-teal-100 text-lg font-semibold text-teal-700"
          >
            {index + 1}
          </span>
          <ContentText locale={item.locale} pageLocale={locale} className="self-center text-lg leading-snug">
            {item.title}
          </ContentText>
        </Card>
      ))}
    </ol>
  );
}
