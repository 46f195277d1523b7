"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result-types";
import { FormStatus } from "./form-status";

type Action<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form bound to a server action, showing its outcome above the fields. React resets a form
 * after every action, also when the server says something is wrong; submitting through a
 * transition keeps what the person typed. Without JavaScript it still posts to the action.
 */
export function ActionForm<T>({
  action,
  success,
  resetOnSuccess = false,
  onSuccess,
  className = "space-y-5",
  children,
}: {
  action: Action<T>;
  success: ReactNode;
  resetOnSuccess?: boolean;
  onSuccess?: (data: T) => void;
  className?: string;
  children: (state: ActionResult<T> | null, pending: boolean) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!state?.ok) return;
    if (resetOnSuccess) formRef.current?.reset();
    onSuccess?.(state.data);
    // Only a new result should trigger this, not a new callback identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // With the button that sent it: a form of several submit buttons (done / not done / still
    // open) tells them apart by the pressed one's name and value, as a plain post does.
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={className}>
      <FormStatus state={state} success={success} />
      {children(state, pending)}
    </form>
  );
}
