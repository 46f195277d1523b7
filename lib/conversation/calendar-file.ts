import { createEvent } from "ics";

/** What the calendar file of a next appointment may say: nothing about the family or its ratings. */
export interface AppointmentFacts {
  at: Date;
  place: string | null;
  /** The team (a school, a day care): where the parent knows the professional from. */
  team: string;
  /** The professional who ran the conversation, when their account still exists. */
  professional: string | null;
  /** The agreements made in this conversation, to look back on next time. */
  agreements: number;
}

/** The messages of Conversation.calendarEvent, in the reader's language. */
export type CalendarTranslate = (key: "title" | "titleAt" | "description" | "with", values?: Record<string, string | number>) => string;

/** The next appointment as an iCalendar file (question 12: "Help mij herinneren wanneer we een afspraak hebben"). */
export function appointmentCalendarFile(conversationId: string, facts: AppointmentFacts, t: CalendarTranslate): string {
  const { at } = facts;
  const description = [t("description", { agreements: facts.agreements }), facts.professional ? t("with", { name: facts.professional }) : null].filter(Boolean).join("\n");
  const { error, value } = createEvent({
    uid: `${conversationId}@samenspraak`,
    start: [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()],
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: 45 },
    title: facts.team ? t("titleAt", { team: facts.team }) : t("title"),
    description,
    location: facts.place ?? undefined,
    productId: "samenspraak",
  });
  if (error || !value) throw error ?? new Error("Calendar file failed");
  return value;
}
