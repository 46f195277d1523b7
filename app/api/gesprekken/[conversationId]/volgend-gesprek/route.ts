import { getLocale, getTranslations } from "next-intl/server";
import { conversationForDevice } from "@/lib/auth/gate";
import { appointmentCalendarFile, type CalendarTranslate } from "@/lib/conversation/calendar-file";
import { getAppointment } from "@/lib/data/appointment";
import { getParentLocale } from "@/lib/data/conversations";

// The next appointment as a calendar file, for the professional's device and the parent's phone
// alike, each in their own language.
export async function GET(_request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  const appointment = access ? await getAppointment(access) : null;
  if (!access || !appointment) return new Response("Not found", { status: 404 });
  const locale = access.caller.kind === "professional" ? await getLocale() : await getParentLocale(access);
  const t = await getTranslations({ locale, namespace: "Conversation.calendarEvent" });
  try {
    const file = appointmentCalendarFile(conversationId, appointment, ((key, values) => t(key, values as never)) as CalendarTranslate);
    return new Response(file, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="volgend-gesprek.ics"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    console.error("Calendar file failed", error);
    return new Response("Calendar file failed", { status: 500 });
  }
}
