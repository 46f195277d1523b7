import type messages from "./messages/nl.json";
import type { ParentLocale } from "./locales";

// Type-checks every message key against the Dutch source file.
declare module "next-intl" {
  interface AppConfig {
    // The interface is nl or en; a parent's screens may be in any parent language.
    Locale: ParentLocale;
    Messages: typeof messages;
  }
}
