"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result-types";

/** The outcome of the last submit: a success line, or the action's kind error message. */
export function FormStatus({ state, success }: { state: ActionResult<unknown> | null; success: ReactNode }) {
  const t = useTranslations("Errors");
  // Forms whose success is visible elsewhere (a new page, a QR code) pass no success text.
  if (!state || (state.ok && !success)) return <p role="status" className="sr-only" />;
  return state.ok ? (
    <p role="status" className="rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
      {success}
    </p>
  ) : (
    <p role="alert" className="rounded-xl bg-red-50 px-4 py-3 text-lg text-red-800">
      {t(state.message)}
    </p>
  );
}

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
  const colours = tone === "danger" ? "bg-red-800 hover:bg-red-900" : "bg-teal-700 hover:bg-teal-700/90";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-12 items-center rounded-full px-6 text-lg font-semibold text-white disabled:opacity-70 ${colours}`}
    >
      {pending ? t("saving") : children}
    </button>
  );
}

/** Field errors of one field, if the last submit had any. */
export function fieldErrors(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}
