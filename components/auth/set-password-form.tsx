"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { setPasswordAction } from "@/lib/actions/invitations";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Password");
  return (
    <ActionForm action={setPasswordAction} success={null}>
      {(state, pending) =>
        state?.ok ? (
          <div role="status" className="space-y-4 rounded-xl bg-teal-100 px-4 py-3 text-lg text-teal-700">
            <p>{t("passwordSet")}</p>
            <Link href="/inloggen" className="inline-flex min-h-12 items-center rounded-full bg-teal-700 px-6 font-semibold text-white">
              {t("toSignIn")}
            </Link>
          </div>
        ) : (
          <>
            <input type="hidden" name="token" value={token} />
            {/* Lets a password manager store the new password with the right account. */}
            <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
            <TextField name="password" type="password" label={t("newPassword")} hint={t("passwordHint")} required autoComplete="new-password" errors={fieldErrors(state, "password")} />
            <TextField name="passwordRepeat" type="password" label={t("repeat")} required autoComplete="new-password" errors={fieldErrors(state, "passwordRepeat")} />
            <SubmitButton pending={pending}>{t("save")}</SubmitButton>
          </>
        )
      }
    </ActionForm>
  );
}
