"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";

type Problem = { kind: "invalid" | "passwordsOff" | "unexpected" } | { kind: "throttled"; minutes: number };

// next-auth reports a failed sign-in as the message authorize() threw: "invalid",
// "passwordsOff" or "throttled:N".
function readProblem(error: string): Problem {
  const throttled = /^throttled:(\d+)$/.exec(error);
  if (throttled) return { kind: "throttled", minutes: Number(throttled[1]) };
  if (error === "passwordsOff") return { kind: "passwordsOff" };
  return error === "invalid" || error === "CredentialsSignin" ? { kind: "invalid" } : { kind: "unexpected" };
}

/** `organisationAccounts`: the page also offers the organisation's own accounts (OpenID Connect). */
export function SignInForm({ callbackUrl, organisationAccounts = false }: { callbackUrl: string; organisationAccounts?: boolean }) {
  const t = useTranslations("SignIn");
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setProblem(readProblem(result?.error ?? "unexpected"));
    } catch {
      setProblem({ kind: "unexpected" });
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div aria-live="assertive">
        {problem ? (
          <Notice tone="error" role="alert">
            {problem.kind === "throttled"
              ? t("throttled", { minutes: problem.minutes })
              : t(problem.kind === "invalid" && organisationAccounts ? "invalidOrOrganisation" : problem.kind)}
          </Notice>
        ) : null}
      </div>
      <TextField name="email" type="email" label={t("email")} autoComplete="username" required inputMode="email" />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <SubmitButton pending={pending}>{pending ? t("busy") : t("submit")}</SubmitButton>
    </form>
  );
}
