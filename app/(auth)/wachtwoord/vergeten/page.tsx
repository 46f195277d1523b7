import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { canSendMail } from "@/lib/mail/mailer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Password"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("Password");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title={t("forgotTitle")} />
      {/* Without a mail server no link can reach anyone: say who can help instead. */}
      {canSendMail() ? <ForgotPasswordForm /> : <p className="text-lg">{t("askAdmin")}</p>}
    </div>
  );
}
