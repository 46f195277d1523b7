"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("Common");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/inloggen?uitgelogd=1" })}
      className="min-h-11 rounded-full border border-line px-4 text-base font-medium hover:border-teal-700"
    >
      {t("signOut")}
    </button>
  );
}
