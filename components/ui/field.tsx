"use client";

import { useTranslations } from "next-intl";
import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { fieldStack, inputStyles } from "./field-styles";

/** Turns an error key from a server action into words; unknown keys read as "not right". */
export function useFieldErrorText() {
  const t = useTranslations("Errors.fields");
  return (key: string) => (t.has(key as never) ? t(key as never) : t("invalid"));
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const errorText = useFieldErrorText();
  return (
    <p id={id} aria-live="polite" className="text-base font-medium text-red-800 empty:hidden">
      {errors?.map(errorText).join(" ")}
    </p>
  );
}

/** A labelled input with its hint and error, linked for screen readers. */
export function TextField({
  name,
  label,
  hint,
  errors,
  ...input
}: { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  // Unique per form: two forms on one page may both have a "name" field.
  const id = `${useId()}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={fieldStack}>
      <label htmlFor={id} className="block text-lg font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-ink-soft">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
        className={inputStyles}
        {...input}
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
