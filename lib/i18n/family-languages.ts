// Home languages offered for a family, most common among Dutch parents who are not fluent in
// Dutch first. Names come from the browser's and server's own Intl data, in the page's language.
export const familyLanguageCodes = ["nl", "en", "tr", "ar", "pl", "uk", "ti", "so", "fa", "es", "fr", "pt", "ro", "bg", "zh"] as const;

export function languageName(code: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
