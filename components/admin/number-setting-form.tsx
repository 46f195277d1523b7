"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result-types";

// One number the admin sets for the organisation (the anonymity threshold, the retention period).
// No min or max on the input: the browser would explain a wrong number in its own language; the
// server explains it in the user's, next to the field.
export function NumberSettingForm({
  action,
  name,
  current,
  words,
}: {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  name: string;
  current: number;
  words: { label: string; hint: string; save: string; saved: string };
}) {
  return (
    <ActionForm action={action} success={words.saved}>
      {(state, pending) => (
        <>
          <TextField name={name} type="number" inputMode="numeric" defaultValue={current} label={words.label} hint={words.hint} required errors={fieldErrors(state, name)} />
          <SubmitButton pending={pending}>{words.save}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
