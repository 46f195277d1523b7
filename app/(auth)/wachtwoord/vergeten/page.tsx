import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { canSendMail } from "@/lib/mail/mailer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Password"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("Password");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-4xl font-semibold">{t("forgotTitle")}</h1>
      {/* Without a mail server no link can reach anyone: say who can help instead. */}
      {canSendMail() ? <ForgotPasswordForm /> : <p className="text-lg">{t("askAdmin")}</p>}
    </div>
  );
}
