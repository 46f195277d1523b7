"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

const PARTS = ["stored", "who", "team", "erase"] as const;

/**
 * What is stored and why, folded so it adds no step to the parent's path. Every sentence is a
 * promise the app keeps (tests/integration: erasure, the team's figures, the pseudonymous label).
 */
export function PrivacyDetails() {
  const t = useTranslations("Parent");
  return (
    <Card as="details" padding="sm" className="text-lg">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("privacyTitle")}</summary>
      <div className="mt-2 space-y-2 leading-relaxed">
        {PARTS.map((part) => (
          <p key={part}>{t(`privacy.${part}`)}</p>
        ))}
      </div>
    </Card>
  );
}
