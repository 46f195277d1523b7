/** A translated row as stored: one per locale. */
export interface LocalizedRow {
  locale: string;
  checkedByNativeSpeaker: boolean;
}

/**
 * The row in the wanted locale, else the Dutch source. `isFallback` tells the page to mark the
 * text's language; `checkedByNativeSpeaker` lets it say a translation is unchecked.
 */
export function pickText<T extends LocalizedRow>(
  rows: T[],
  locale: string,
  sourceLocale = "nl",
): (T & { isFallback: boolean }) | undefined {
  const wanted = rows.find((row) => row.locale === locale);
  if (wanted) return { ...wanted, isFallback: false };
  const source = rows.find((row) => row.locale === sourceLocale);
  return source ? { ...source, isFallback: locale !== sourceLocale } : undefined;
}
