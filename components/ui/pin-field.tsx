"use client";

import type { ReactNode } from "react";
import { TextField } from "./field";

/** 4 to 6 digits, hidden, with the phone's number pad. */
export function PinField({ name, label, errors }: { name: string; label: ReactNode; errors?: string[] }) {
  return (
    <TextField
      name={name}
      type="password"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={6}
      autoComplete="off"
      label={label}
      required
      errors={errors}
    />
  );
}
