"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "./field";

/** A fieldset of checkboxes or radios with a legend and one error line. */
export function ChoiceGroup({
  name,
  legend,
  type,
  options,
  defaultValues = [],
  hint,
  errors,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  type: "checkbox" | "radio";
  options: { value: string; label: ReactNode }[];
  defaultValues?: string[];
  errors?: string[];
}) {
  const id = `${useId()}-${name}`;
  const errorId = `${id}-error`;
  return (
    <fieldset aria-describedby={hint ? `${id}-hint ${errorId}` : errorId} className="space-y-2">
      <legend className="text-lg font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-ink-soft">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-line bg-card px-4 text-lg has-checked:border-teal-700 has-checked:bg-teal-100"
          >
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="size-5 accent-teal-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}
