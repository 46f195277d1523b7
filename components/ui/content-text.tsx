import type { ElementType, ReactNode } from "react";

// Instrument content may fall back to Dutch on an English page: `lang` then tells screen
// readers (and the read-aloud later) which language they are reading.
export function ContentText({
  as: Tag = "span",
  locale,
  pageLocale,
  className,
  children,
}: {
  as?: ElementType;
  locale: string;
  pageLocale: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Tag lang={locale === pageLocale ? undefined : locale} className={className}>
      {children}
    </Tag>
  );
}
