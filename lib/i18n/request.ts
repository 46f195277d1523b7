import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { messagesFor } from "./load-messages";
import { LOCALE_COOKIE, PARENT_LOCALE_COOKIE } from "@/lib/domain";
import { isParentLocale, PARENT_AREA_HEADER, resolveUiLocale } from "./locales";

// The locale lives in a cookie rather than the URL: a shared tablet keeps its language across
// pages, and the parent-facing screens can switch without changing addresses. The parent's phone
// pages follow the parent's own language; a page may also ask for one explicitly (the parent's
// half of a shared tablet, a summary PDF in the parent's language).
export default getRequestConfig(async ({ locale: requested }) => {
  if (isParentLocale(requested)) return { locale: requested, messages: messagesFor(requested), timeZone: "Europe/Amsterdam" };
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const parentLocale = cookieStore.get(PARENT_LOCALE_COOKIE)?.value;
  const locale = headerList.has(PARENT_AREA_HEADER) && isParentLocale(parentLocale) ? parentLocale : resolveUiLocale(cookieStore.get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesFor(locale), timeZone: "Europe/Amsterdam" };
});
