"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result-types";
import { Button } from "./button";
import { Notice } from "./notice";

/** The outcome of the last submit: a success line, or the action's kind error message. */
export function FormStatus({ state, success }: { state: ActionResult<unknown> | null; success: ReactNode }) {
  const t = useTranslations("Errors");
  // Forms whose success is visible elsewhere (a new page, a QR code) pass no success text.
  if (!state || (state.ok && !success)) return <p role="status" className="sr-only" />;
  return state.ok ? (
    <Notice tone="success" role="status">
      {success}
    </Notice>
  ) : (
    <Notice tone="error" role="alert">
      {t(state.message)}
    </Notice>
  );
}

/** The form's submit: disabled, and saying so, while the action runs. */
export function SubmitButton({
  children,
  pending,
  tone = "primary",
}: {
  children: ReactNode;
  pending: boolean;
  tone?: "primary" | "danger";
}) {
  const t = useTranslations("Common");
  return (
    <Button type="submit" variant={tone} disabled={pending} aria-disabled={pending}>
      {pending ? t("saving") : children}
    </Button>
  );
}

/** Field errors of one field, if the last submit had any. */
export function fieldErrors(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}
