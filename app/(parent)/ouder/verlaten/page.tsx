import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LeaveParentModeForm, LeaveWithPasswordForm } from "@/components/conversation/leave-parent-mode-form";
import { readParentMode } from "@/lib/conversation/cookies";

export default async function LeaveParentModePage() {
  const mode = await readParentMode();
  if (!mode) redirect("/start");
  const t = await getTranslations("Conversation");
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-semibold">{t("leaveTitle")}</h1>
      <p className="text-lg">{t("leaveText")}</p>
      <LeaveParentModeForm />
      <details className="rounded-2xl border border-line bg-card p-4">
        <summary className="min-h-11 cursor-pointer py-2 text-lg">{t("leavePinForgotten")}</summary>
        <div className="mt-3">
          <LeaveWithPasswordForm />
        </div>
      </details>
      <Link href={`/ouder/${mode.conversationId}`} className="inline-flex min-h-11 items-center text-lg text-teal-700 underline">
        {t("previous")}
      </Link>
    </div>
  );
}
