import "server-only";
import { getTranslations } from "next-intl/server";
import type { ConversationGrant } from "@/lib/auth/gate";
import { db } from "@/lib/db";

/** The next appointment of a conversation. */
export async function getAppointment({ conversationId }: ConversationGrant): Promise<{ at: Date; place: string | null; title: string } | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { nextAppointmentAt: true, nextAppointmentPlace: true },
  });
  if (!conversation?.nextAppointmentAt) return null;
  const t = await getTranslations("Conversation");
  return { at: conversation.nextAppointmentAt, place: conversation.nextAppointmentPlace, title: `Samenspraak: ${t("appointmentTitle").toLowerCase()}` };
}
