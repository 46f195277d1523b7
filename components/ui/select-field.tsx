"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "./field";

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  errors,
}: {
  name: string;
  label: ReactNode;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  const id = `${useId()}-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-lg font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={`${id}-error`}
        className="block min-h-12 w-full rounded-xl border border-ink-soft bg-card px-4 text-lg"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
