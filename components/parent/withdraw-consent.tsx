"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { setConsentAction } from "@/lib/actions/rating";

/** On the parent's own summary: a yes to counting can be taken back, recorded with its time. */
export function WithdrawConsent({ conversationId }: { conversationId: string }) {
  const t = useTranslations("Parent");
  const tErrors = useTranslations("Errors");
  const locale = useLocale();
  const [state, setState] = useState<"idle" | "withdrawn" | "failed">("idle");
  async function withdraw() {
    const result = await setConsentAction({ conversationId, consent: false, locale }).catch(() => null);
    setState(result?.ok ? "withdrawn" : "failed");
  }
  if (state === "withdrawn") return <p role="status" className="text-lg">{t("withdrawn")}</p>;
  return (
    <Card padding="sm" className="no-print space-y-3">
      <p className="text-lg">{t("withdrawText")}</p>
      <Button variant="neutral" onClick={withdraw}>
        {t("withdraw")}
      </Button>
      {state === "failed" ? (
        <p role="alert" className="text-lg text-red-800">
          {tErrors("unexpected")}
        </p>
      ) : null}
    </Card>
  );
}
