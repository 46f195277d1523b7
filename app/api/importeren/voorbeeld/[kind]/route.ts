import { getCurrentUser } from "@/lib/auth/session";
import { canManageOrganisation } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/dashboard/csv";
import { templateCsv, templateFileNames } from "@/lib/import/columns";
import { importKinds } from "@/lib/import/types";

// The example file for one kind (teams, medewerkers, gezinnen), as Dutch Excel writes CSV:
// semicolons and a byte-order mark, so a double-click opens it in columns with accents intact.
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const { kind: fileName } = await params;
  const kind = importKinds.find((candidate) => templateFileNames[candidate] === fileName);
  if (!canManageOrganisation(user) || !kind) return new Response("Not found", { status: 404 });
  return new Response(toCsv(templateCsv(kind), ";"), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}.csv"`, "Cache-Control": "no-store" },
  });
}
