import { getFormatter, getTranslations } from "next-intl/server";
import type { UpcomingAppointment } from "@/lib/data/home";
import { FoldedList, HomeRow, HomeSection, ToConversation } from "./home-section";

/** The follow-up conversations of the coming two weeks, soonest first. */
export async function UpcomingAppointments({ appointments }: { appointments: UpcomingAppointment[] }) {
  const [t, format] = await Promise.all([getTranslations("Start"), getFormatter()]);
  return (
    <HomeSection id="appointments" title={t("appointmentsTitle")} hint={t("appointmentsHint")} empty={appointments.length ? null : t("noAppointments")}>
      <FoldedList
        rows={appointments.map((appointment) => (
          <HomeRow
            key={appointment.conversationId}
            action={<ToConversation conversationId={appointment.conversationId} familyLabel={appointment.familyLabel} />}
          >
            <p className="text-lg font-semibold">{appointment.familyLabel}</p>
            <p className="text-base">
              {t("appointmentAt", { date: format.dateTime(appointment.at, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }) })}
              {appointment.place ? ` · ${appointment.place}` : null}
            </p>
          </HomeRow>
        ))}
      />
    </HomeSection>
  );
}
