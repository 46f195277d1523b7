// Locales of the interface. Instrument content has its own, open list of locales in the
// database (parent languages grow there without a code change).
export const uiLocales = ["nl", "en"] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultLocale: UiLocale = "nl";

/**
 * The languages a parent can take part in: every parent-facing screen and all instrument content
 * exist in them. The interface languages come first; the others are the home languages most
 * common among Dutch parents who are not fluent in Dutch.
 */
export const parentLocales = ["nl", "en", "tr", "ar", "pl", "uk"] as const;
export type ParentLocale = (typeof parentLocales)[number];

/** Each language in its own words, so a parent finds theirs whatever the screen shows now. */
export const languageEndonyms: Record<ParentLocale, string> = {
  nl: "Nederlands",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  pl: "Polski",
  uk: "Українська",
};

export function isParentLocale(value: unknown): value is ParentLocale {
  return typeof value === "string" && (parentLocales as readonly string[]).includes(value);
}

/** A stored parent language as a parent language; one from before parent languages existed reads as Dutch. */
export function asParentLocale(value: string | null | undefined): ParentLocale {
  return isParentLocale(value) ? value : "nl";
}

/** Set by the proxy on the parent's phone pages (/doe-mee), whose whole page is in the parent's language. */
export const PARENT_AREA_HEADER = "x-samenspraak-parent-area";

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
