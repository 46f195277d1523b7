"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
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
    <Button variant="quiet" size="sm" onClick={onClick}>
      {t("signOut")}
    </Button>
  );
}
