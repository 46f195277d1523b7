"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/actions/session";

export function SignOutButton() {
  const t = useTranslations("Common");
  async function onClick() {
    try {
      await signOutAction();
    } finally {
      await signOut({ callbackUrl: "/inloggen?uitgelogd=1" });
    }
  }
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-11 rounded-full border border-line px-4 text-base font-medium hover:border-teal-700"
    >
      {t("signOut")}
    </button>
  );
}
