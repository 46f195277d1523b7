"use client";

import { useTranslations } from "next-intl";
import { setAnonymityThresholdAction, setRetentionAction } from "@/lib/actions/organisation";
import { NumberSettingForm } from "./number-setting-form";

export function ThresholdForm({ current }: { current: number }) {
  const t = useTranslations("Admin");
  return (
    <NumberSettingForm
      action={setAnonymityThresholdAction}
      name="anonymityThreshold"
      current={current}
      words={{ label: t("thresholdLabel"), hint: t("thresholdHint"), save: t("saveThreshold"), saved: t("thresholdSaved") }}
    />
  );
}

export function RetentionForm({ current }: { current: number }) {
  const t = useTranslations("Admin");
  return (
    <NumberSettingForm
      action={setRetentionAction}
      name="retentionMonths"
      current={current}
      words={{ label: t("retentionLabel"), hint: t("retentionHint"), save: t("saveRetention"), saved: t("retentionSaved") }}
    />
  );
}
