import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { conversationFor } from "@/lib/auth/gate";
import { appointmentCalendarFile, type CalendarTranslate } from "@/lib/conversation/calendar-file";
import { getAppointment } from "@/lib/data/appointment";
import { db } from "@/lib/db";
import nl from "@/lib/i18n/messages/nl.json";
import { createConversationFixture, createWorld, type World } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

// The next appointment's calendar file reads only what it may say: the time and place, the team,
// the professional and how many agreements there are. Never the family's label or a rating.

let world: World;

beforeEach(async () => {
  await resetDatabase(db);
  world = await createWorld(db);
});

const t = createTranslator({ locale: "nl", messages: nl, namespace: "Conversation.calendarEvent" });
const translate: CalendarTranslate = (key, values) => t(key, values as never);

describe("the next appointment's calendar file", () => {
  it("says the team, the professional and the agreements, and nothing of the family or the ratings", async () => {
    const { conversationId, itemId } = await createConversationFixture(db, world);
    const at = new Date("2027-03-04T08:30:00Z");
    await db.conversation.update({ where: { id: conversationId }, data: { nextAppointmentAt: at, nextAppointmentPlace: "Lokaal 4", status: "REVEALED" } });
    await db.rating.createMany({
      data: [
        { conversationId, itemId, side: "PARENT", value: 2, comment: "Ik mis de vrijdagmail", ratedAt: at },
        { conversationId, itemId, side: "PROFESSIONAL", value: 5, comment: "", ratedAt: at },
      ],
    });
    await db.agreement.create({ data: { conversationId, familyId: world.family.id, text: "Elke vrijdag een mailtje", owner: "PROFESSIONAL" } });

    const grant = (await conversationFor(world.actors["professional of the team"], conversationId, "read"))!;
    const facts = await getAppointment(grant);
    expect(facts).toEqual({ at, place: "Lokaal 4", team: world.teamA.name, professional: world.professional.name, agreements: 2 });

    const ics = appointmentCalendarFile(conversationId, facts!, translate).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain(`SUMMARY:Vervolggesprek Samenspraak · ${world.teamA.name}`);
    expect(ics).toContain("Jullie kijken samen terug op 2 afspraken.");
    for (const secret of [world.family.label, "vrijdagmail", "Elke vrijdag een mailtje", "Klopt"]) expect(ics).not.toContain(secret);
  });

  it("is not there without a next appointment", async () => {
    const { conversationId } = await createConversationFixture(db, world);
    const grant = (await conversationFor(world.actors["professional of the team"], conversationId, "read"))!;
    expect(await getAppointment(grant)).toBeNull();
  });
});
