import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { appointmentCalendarFile, type AppointmentFacts, type CalendarTranslate } from "@/lib/conversation/calendar-file";
import { messagesFor } from "@/lib/i18n/load-messages";
import { parentLocales } from "@/lib/i18n/locales";
import nl from "@/lib/i18n/messages/nl.json";

// The calendar file of the next appointment: a useful title and description, in the reader's
// language, and nothing about the family, the child or the ratings (calendars are synced,
// shared and shown on lock screens).

const facts: AppointmentFacts = {
  at: new Date("2027-01-12T13:30:00Z"),
  place: "Groep 2, De Boomhut",
  team: "Peuteropvang De Boomhut",
  professional: "Priya de Professional",
  agreements: 2,
};

/** As the route reads it: the conversation's own facts, with the family and its ratings beside them. */
const conversation = { ...facts, familyLabel: "Fam. Jansen", child: "Daan", ratings: [{ value: 2, word: "Klopt niet zo" }] };

const translate = (locale: (typeof parentLocales)[number]): CalendarTranslate => {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Conversation.calendarEvent" });
  return (key, values) => t(key, values as never);
};

/** iCalendar folds lines at 75 octets; a reader unfolds them. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const field = (ics: string, name: string) => unfold(ics).split("\r\n").find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);

describe("the next appointment's calendar file", () => {
  const ics = appointmentCalendarFile("conversation-1", conversation, translate("nl"));

  it("names the follow-up conversation and where the parent knows it from", () => {
    expect(field(ics, "SUMMARY")).toBe("Vervolggesprek Samenspraak · Peuteropvang De Boomhut");
    expect(field(ics, "DTSTART")).toBe("20270112T133000Z");
    expect(field(ics, "LOCATION")).toBe("Groep 2\\, De Boomhut");
  });

  it("says what to expect: the agreements to look back on, and with whom", () => {
    const description = field(ics, "DESCRIPTION")!;
    expect(description).toContain("Jullie kijken samen terug op 2 afspraken. Neem de samenvatting mee.");
    expect(description).toContain("Met Priya de Professional.");
    const none = field(appointmentCalendarFile("conversation-1", { ...facts, agreements: 0, professional: null }, translate("nl")), "DESCRIPTION")!;
    expect(none).toContain("Neem mee wat je wilt bespreken.");
    expect(none).not.toContain("Met ");
  });

  it("holds no family label, no child's name and no rating", () => {
    for (const secret of ["Jansen", "Daan", "Klopt", ...Object.values(nl.Conversation.scale)]) expect(unfold(ics)).not.toContain(secret);
    expect(unfold(ics)).not.toMatch(/\b[1-5] · /);
  });

  it.each(parentLocales.map((locale) => [locale]))("reads whole in %s", (locale) => {
    const file = unfold(appointmentCalendarFile("conversation-1", conversation, translate(locale)));
    expect(field(file, "SUMMARY")).toContain("Samenspraak");
    expect(field(file, "DESCRIPTION")).toContain("2");
    expect(file).not.toMatch(/[{}]/);
    expect(file).not.toContain("Jansen");
  });
});
