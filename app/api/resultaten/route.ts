import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { dashboardCsv } from "@/lib/dashboard/csv";
import { quarterParts } from "@/lib/dashboard/quarters";
import { dashboardViewFor } from "@/lib/data/dashboard";

// The current dashboard view as CSV: aggregates only, suppression applied.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const [t, format, view] = await Promise.all([
    getTranslations("Dashboard"),
    getFormatter(),
    dashboardViewFor(user, Object.fromEntries(new URL(request.url).searchParams), await getLocale()),
  ]);
  if (!view) return new Response("Not found", { status: 404 });
  await recordAudit(db, { organisationId: user.organisationId, actorId: user.id, action: "RESULTS_EXPORTED" });
  const exportedAt = format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  const csv = dashboardCsv(
    view,
    {
      tooFew: t("tooFew"),
      title: t("csvTitle"),
      header: { team: t("team"), period: t("csvPeriod"), phase: t("phase"), instrument: t("instrument"), threshold: t("csvThreshold"), exportedAt: t("csvExportedAt") },
      headings: [t("csvPart"), t("csvWhat"), t("count"), t("csvParents"), t("csvProfessionals"), t("csvGap")],
      sections: {
        overview: t("overview"),
        items: t("itemsTitle"),
        clusters: t("clustersTitle"),
        trend: t("trendTitle"),
        phases: t("phasesTitle"),
        agreements: t("agreementsTitle"),
        activity: t("activityTitle"),
      },
      labels: {
        conversations: t("conversations"),
        families: t("families"),
        done: t("done"),
        doneOnTime: t("doneOnTime"),
        notDone: t("notDone"),
        open: t("open"),
        overdue: t("overdue"),
        activityConversations: t("activityConversations"),
      },
      wholeOrganisation: t("wholeOrganisation"),
      fromStart: t("fromStart"),
      untilNow: t("untilNow"),
      all: t("all"),
      quarter: (key) => t("quarterLabel", quarterParts(key)),
    },
    exportedAt,
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="resultaten.csv"',
      "Cache-Control": "no-store",
    },
  });
}
