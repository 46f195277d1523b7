import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { UserListItem } from "@/lib/data/organisation";

export async function UserTable({ users }: { users: UserListItem[] }) {
  const [t, tc] = await Promise.all([getTranslations("Admin"), getTranslations("Common")]);
  return (
    <Table caption={t("users")} headings={[t("name"), t("role"), t("teamsOfUser"), t("status"), ""]}>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-line">
              <th scope="row" className="px-4 py-3 text-start font-medium">
                {user.name}
                <span className="block text-sm font-normal text-ink-soft">{user.email}</span>
              </th>
              <td className="px-4 py-3">{tc(`roles.${user.role}`)}</td>
              <td className="px-4 py-3">{user.teamNames.join(", ") || t("noTeams")}</td>
              <td className="px-4 py-3">{!user.active ? t("inactive") : user.hasPassword ? t("active") : user.invited ? t("invitedStatus") : t("noPasswordYet")}</td>
              <td className="px-4 py-3">
                <Link href={`/beheer/gebruikers/${user.id}`} className="inline-flex min-h-11 items-center text-teal-700 underline">
                  {t("edit")}
                  <span className="sr-only">: {user.name}</span>
                </Link>
              </td>
            </tr>
          ))}
    </Table>
  );
}
