"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/lib/domain";
import { ZSetLocale } from "@/lib/validations/locale";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Sets the interface language. A public preference, so no session is needed; anything but a
 * known locale is ignored and changes nothing.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  // Called from a form, but any caller can send anything: only a form is read.
  if (!(formData instanceof FormData)) return;
  const parsed = ZSetLocale.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
}
