import type messages from "./messages/nl.json";
import type { UiLocale } from "./locales";

// Type-checks every message key against the Dutch source file.
declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: typeof messages;
  }
}
