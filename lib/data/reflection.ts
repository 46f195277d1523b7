import "server-only";
import { parentsViewOf, type ReflectionGrant } from "@/lib/auth/gate";
import { canLeadTeamReflection } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { effectiveThreshold } from "@/lib/dashboard/suppression";
import { db } from "@/lib/db";
import { spreadOf, stillNeeded, type Spread } from "@/lib/reflection/spread";
import type { SideAverage } from "@/lib/dashboard/types";
import { getDashboard } from "./dashboard";
import { roundItems, type ReflectionItemDto } from "./reflection-items";

// Reflection: a professional's own, and the team's rounds. No read here ever returns another
// person's ratings: a round's spread is counted from the published reflections without saying
// whose they are, and only once at least the threshold of members stand behind it.

export type { ReflectionItemDto, Spread, SideAverage };

interface RoundSummary {
  id: string;
  openedAt: Date;
  closedAt: Date | null;
}

export interface TeamReflections {
  id: string;
  name: string;
  /** The team lead of the team, or the admin: may open a round. */
  canOpen: boolean;
  /** Members rate here; "done" once they pressed Klaar. */
  open: (RoundSummary & { mine: "todo" | "started" | "done"; member: boolean }) | null;
  earlier: RoundSummary[];
}

export interface ReflectionHome {
  own: { open: RoundSummary | null; earlier: RoundSummary[] };
  teams: TeamReflections[];
}

const summary = { id: true, openedAt: true, closedAt: true } as const;

/** The reflection page: one's own rounds, and the rounds of one's teams (every team, for the admin). */
export async function getReflectionHome(user: SessionUser): Promise<ReflectionHome> {
  const [own, teams] = await Promise.all([
    db.reflectionRound.findMany({ where: { ownerId: user.id }, orderBy: { openedAt: "desc" }, take: 20, select: summary }),
    db.team.findMany({
      where: user.role === "ADMIN" ? { organisationId: user.organisationId } : { organisationId: user.organisationId, id: { in: user.teamIds } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        reflectionRounds: {
          orderBy: { openedAt: "desc" },
          take: 10,
          select: { ...summary, reflections: { where: { userId: user.id }, select: { finishedAt: true } } },
        },
      },
    }),
  ]);
  return {
    own: { open: own.find((round) => !round.closedAt) ?? null, earlier: own.filter((round) => round.closedAt) },
    teams: teams.map((team) => {
      const open = team.reflectionRounds.find((round) => !round.closedAt);
      const mine = open?.reflections[0];
      return {
        id: team.id,
        name: team.name,
        canOpen: canLeadTeamReflection(user, team.id),
        open: open
          ? { ...pickSummary(open), member: user.teamIds.includes(team.id), mine: !mine ? "todo" : mine.finishedAt ? "done" : "started" }
          : null,
        earlier: team.reflectionRounds.filter((round) => round.closedAt).map(pickSummary),
      };
    }),
  };
}

function pickSummary(round: RoundSummary): RoundSummary {
  return { id: round.id, openedAt: round.openedAt, closedAt: round.closedAt };
}

export interface ReflectionSheet {
  roundId: string;
  teamName: string | null;
  items: ReflectionItemDto[];
  /** This person's own ratings so far, per item; null is "weet ik niet". */
  ratings: Record<string, number | null>;
  finished: boolean;
}

/** What one person rates, alone, and their own ratings so far. */
export async function getReflectionSheet(round: ReflectionGrant, locale: string): Promise<ReflectionSheet> {
  const [items, mine] = await Promise.all([roundItems(round.roundId, locale), ownReflection(round)]);
  return { roundId: round.roundId, teamName: round.team?.name ?? null, items, ratings: mine.ratings, finished: mine.finished };
}

async function ownReflection(round: ReflectionGrant) {
  const reflection = await db.reflection.findUnique({
    where: { roundId_userId: { roundId: round.roundId, userId: round.user.id } },
    select: { finishedAt: true, ratings: { select: { itemId: true, value: true } } },
  });
  return {
    started: reflection !== null,
    finished: reflection?.finishedAt != null,
    ratings: Object.fromEntries((reflection?.ratings ?? []).map((rating) => [rating.itemId, rating.value])) as Record<string, number | null>,
  };
}

export interface TeamAgreementDto {
  id: string;
  text: string;
  owner: string;
  /** "2027-01-12" */
  dueDate: string | null;
  status: "OPEN" | "DONE" | "NOT_DONE";
}

export interface RoundItemView extends ReflectionItemDto {
  /** The team's spread; null while too few members stand behind it, and in an own round. */
  spread: Spread | null;
  /** The team's parents' average from the dashboard; null in an own round. */
  parents: SideAverage | null;
}

export interface RoundOverview {
  roundId: string;
  team: { id: string; name: string } | null;
  openedAt: Date;
  closedAt: Date | null;
  threshold: number;
  /** Active members of the team now. */
  members: number;
  finished: number;
  /** Members whose ratings the spread holds: 0, or at least the threshold. */
  published: number;
  /** Finished, but not yet in the spread: they join when enough others have too. */
  waiting: number;
  needed: number;
  mine: { started: boolean; finished: boolean; ratings: Record<string, number | null> };
  items: RoundItemView[];
  agreements: TeamAgreementDto[];
}

/** A round as its reader may see it: the team's spread, the parents' view, the agreements, and their own ratings. */
export async function getRoundOverview(round: ReflectionGrant, locale: string): Promise<RoundOverview> {
  const teamId = round.team?.id;
  const [details, organisation, items, mine, members, counts, agreements] = await Promise.all([
    db.reflectionRound.findUniqueOrThrow({ where: { id: round.roundId }, select: { openedAt: true, closedAt: true } }),
    db.organisation.findUniqueOrThrow({ where: { id: round.organisationId }, select: { anonymityThreshold: true } }),
    roundItems(round.roundId, locale),
    ownReflection(round),
    teamId ? db.teamMembership.count({ where: { teamId, user: { active: true } } }) : Promise.resolve(1),
    db.reflection.groupBy({ by: ["publishedAt"], where: { roundId: round.roundId, finishedAt: { not: null } }, _count: { _all: true } }),
    db.teamAgreement.findMany({ where: { roundId: round.roundId }, orderBy: { createdAt: "asc" }, select: { id: true, text: true, owner: true, dueDate: true, status: true } }),
  ]);
  const threshold = effectiveThreshold(organisation.anonymityThreshold);
  const finished = counts.reduce((total, row) => total + row._count._all, 0);
  const waiting = counts.find((row) => row.publishedAt === null)?._count._all ?? 0;
  const published = finished - waiting;
  const [spreads, parents] = await Promise.all([
    teamId && published >= threshold ? publishedSpreads(round.roundId) : Promise.resolve(null),
    parentsView(round, locale),
  ]);
  return {
    roundId: round.roundId,
    team: round.team,
    openedAt: details.openedAt,
    closedAt: details.closedAt,
    threshold,
    members,
    finished,
    published,
    waiting,
    needed: stillNeeded(waiting, threshold),
    mine,
    items: items.map((item) => ({
      ...item,
      spread: spreads ? spreadOf(spreads.get(item.itemId) ?? []) : null,
      parents: parents ? (parents.get(`${item.instrumentKey}/${item.itemKey}`) ?? { suppressed: true }) : null,
    })),
    agreements: agreements.map((agreement) => ({ ...agreement, dueDate: agreement.dueDate?.toISOString().slice(0, 10) ?? null })),
  };
}

/** The published ratings per item, without whose they are. */
async function publishedSpreads(roundId: string): Promise<Map<string, (number | null)[]>> {
  const ratings = await db.reflectionRating.findMany({
    where: { roundId, reflection: { publishedAt: { not: null } } },
    select: { itemId: true, value: true },
  });
  const byItem = new Map<string, (number | null)[]>();
  for (const rating of ratings) byItem.set(rating.itemId, [...(byItem.get(rating.itemId) ?? []), rating.value]);
  return byItem;
}

/** The parents' averages of the round's team, over the whole period, as its dashboard shows them. */
async function parentsView(round: ReflectionGrant, locale: string): Promise<Map<string, SideAverage> | null> {
  const scope = parentsViewOf(round);
  if (!scope) return null;
  const dashboard = await getDashboard(scope, {}, locale);
  return new Map(dashboard.items.map((item) => [`${item.instrumentKey}/${item.itemKey}`, item.parent]));
}
