import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, resolveUiLocale } from "./locales";

// The locale lives in a cookie rather than the URL: a shared tablet keeps its language across
// pages, and the parent-facing screens can switch without changing addresses.
export default getRequestConfig(async () => {
  const locale = resolveUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages };
});
