import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LeaveParentModeForm, LeaveWithPasswordForm } from "@/components/conversation/leave-parent-mode-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { usablePasswordOf } from "@/lib/auth/identity-check";
import { readParentMode } from "@/lib/conversation/cookies";

export default async function LeaveParentModePage() {
  const mode = await readParentMode();
  if (!mode) redirect("/start");
  const [t, hasPassword] = await Promise.all([getTranslations("Conversation"), usablePasswordOf(mode.professionalId).then((account) => account !== null)]);
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-semibold">{t("leaveTitle")}</h1>
      <p className="text-lg">{t("leaveText")}</p>
      <LeaveParentModeForm />
      <Card as="details" padding="sm">
        <summary className="min-h-11 cursor-pointer py-2 text-lg">{t("leavePinForgotten")}</summary>
        {/* Without a password, a new PIN (set after signing in with the organisation's account) is the way out. */}
        <div className="mt-3">{hasPassword ? <LeaveWithPasswordForm /> : <p className="text-lg">{t("leaveWithNewPin")}</p>}</div>
      </Card>
      <TextLink href={`/ouder/${mode.conversationId}`}>{t("previous")}</TextLink>
    </div>
  );
}
