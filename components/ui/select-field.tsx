"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "./field";
import { fieldStack, inputStyles } from "./field-styles";

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hint,
  errors,
}: {
  name: string;
  label: ReactNode;
  /** Options with a `group` are shown under that group's label, groups in order of appearance. */
  options: { value: string; label: string; group?: string }[];
  defaultValue?: string;
  hint?: ReactNode;
  errors?: string[];
}) {
  const id = `${useId()}-${name}`;
  const groups = [...new Set(options.map((option) => option.group))];
  const optionElements = (group: string | undefined) =>
    options
      .filter((option) => option.group === group)
      .map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ));
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
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`}
        className={inputStyles}
      >
        {groups.map((group) =>
          group === undefined ? (
            optionElements(group)
          ) : (
            <optgroup key={group} label={group}>
              {optionElements(group)}
            </optgroup>
          ),
        )}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
