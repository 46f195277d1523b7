import { createEvent } from "ics";
import { conversationForDevice } from "@/lib/auth/gate";
import { getAppointment } from "@/lib/data/appointment";

// The next appointment as a calendar file (question 12: "Help mij herinneren wanneer we een
// afspraak hebben"), for the professional's device and the parent's phone alike.
export async function GET(_request: Request, { params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const access = await conversationForDevice(conversationId);
  const appointment = access ? await getAppointment(access) : null;
  if (!appointment) return new Response("Not found", { status: 404 });
  const at = appointment.at;
  const { error, value } = createEvent({
    uid: `${conversationId}@samenspraak`,
    start: [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()],
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: 45 },
    title: appointment.title,
    location: appointment.place ?? undefined,
    productId: "samenspraak",
  });
  if (error || !value) {
    console.error("Calendar file failed", error);
    return new Response("Calendar file failed", { status: 500 });
  }
  return new Response(value, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="volgend-gesprek.ics"',
      "Cache-Control": "no-store",
    },
  });
}
