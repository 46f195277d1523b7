"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * "Inloggen met Microsoft": next-auth's client asks for the provider's address and the browser
 * goes there (a navigation, not a form post, so the page's form-action 'self' still holds).
 */
export function OrganisationSignIn({
  providerId,
  name,
  callbackUrl,
  label,
  authorizationParams,
}: {
  providerId: string;
  name: string | null;
  callbackUrl: string;
  /** Instead of "Inloggen met …". */
  label?: string;
  /** For the provider, e.g. prompt=login to ask for the password again rather than reuse its session. */
  authorizationParams?: Record<string, string>;
}) {
  const t = useTranslations("SignIn");
  const [pending, setPending] = useState(false);
  const text = label ?? (name ? t("withProvider", { name }) : t("withOrganisation"));
  return (
    <Button
      disabled={pending}
      aria-disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl }, authorizationParams).catch(() => setPending(false));
      }}
      className="w-full"
    >
      {pending ? t("busy") : text}
    </Button>
  );
}
