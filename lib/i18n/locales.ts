// Locales of the interface. Instrument content has its own, open list of locales in the
// database (parent languages grow there without a code change).
export const uiLocales = ["nl", "en"] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultLocale: UiLocale = "nl";
export const LOCALE_COOKIE = "samenspraak-locale";

const rightToLeft = new Set(["ar", "fa", "he", "ur"]);

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (uiLocales as readonly string[]).includes(value);
}

export function resolveUiLocale(value: unknown): UiLocale {
  return isUiLocale(value) ? value : defaultLocale;
}

export function textDirection(locale: string): "rtl" | "ltr" {
  return rightToLeft.has(locale.split("-")[0]) ? "rtl" : "ltr";
}
