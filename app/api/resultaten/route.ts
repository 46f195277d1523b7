import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { dashboardCsv } from "@/lib/dashboard/csv";
import { quarterParts } from "@/lib/dashboard/quarters";
import { dashboardViewFor } from "@/lib/data/dashboard";

// The current dashboard view as CSV: aggregates only, suppression applied.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const [t, view] = await Promise.all([getTranslations("Dashboard"), dashboardViewFor(user, Object.fromEntries(new URL(request.url).searchParams), await getLocale())]);
  if (!view) return new Response("Not found", { status: 404 });
  await recordAudit(db, { organisationId: user.organisationId, actorId: user.id, action: "RESULTS_EXPORTED" });
  const csv = dashboardCsv(view.dashboard, {
    tooFew: t("tooFew"),
    headings: [t("filters"), t("item"), t("parents"), t("professionals"), t("gap")],
    sections: {
      overview: t("overview"),
      items: t("itemsTitle"),
      clusters: t("clustersTitle"),
      trend: t("trendTitle"),
      phases: t("phasesTitle"),
      agreements: t("agreementsTitle"),
      activity: t("activityTitle"),
    },
    labels: { conversations: t("conversations"), families: t("families"), done: t("done"), notDone: t("notDone"), open: t("open"), overdue: t("overdue") },
    quarter: (key) => t("quarterLabel", quarterParts(key)),
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="resultaten.csv"',
      "Cache-Control": "no-store",
    },
  });
}
