// The dashboard's figures computed the plain way, in memory, from what a test put in the database:
// group the counted conversations into blocks (team, quarter, phase), drop every block about fewer
// than `threshold` families, and average or count what is left. The real dashboard must agree
// with this to the decimal.

export type Side = "PARENT" | "PROFESSIONAL";

export interface ReferenceConversation {
  id: string;
  teamId: string;
  familyId: string;
  professionalId: string | null;
  phase: string;
  at: Date;
  consent: boolean | null;
  revealed: boolean;
  answers: { instrumentKey: string; itemKey: string; clusterKey: string | null; side: Side; value: number | null }[];
  agreements: { status: "OPEN" | "DONE" | "NOT_DONE"; dueDate: Date | null }[];
}

export interface ReferenceView {
  teamIds: string[];
  threshold: number;
  from?: string;
  to?: string;
  phase?: string;
  instrument?: string;
}

type Averages = { parent: number | null; professional: number | null };

const quarterKey = (at: Date) => `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
const round = (value: number) => Math.round(value * 10) / 10;
const distinct = (values: string[]) => new Set(values).size;

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

export function referenceDashboard(conversations: ReferenceConversation[], view: ReferenceView) {
  const counted = conversations.filter(
    (conversation) =>
      conversation.revealed &&
      conversation.consent === true &&
      view.teamIds.includes(conversation.teamId) &&
      (!view.phase || conversation.phase === view.phase) &&
      (!view.from || quarterKey(conversation.at) >= view.from) &&
      (!view.to || quarterKey(conversation.at) <= view.to),
  );
  const blockOf = (conversation: ReferenceConversation) => `${conversation.teamId}|${quarterKey(conversation.at)}|${conversation.phase}`;

  // Answers: a block per item and side, kept when enough families answered in it.
  const answers = counted.flatMap((conversation) =>
    conversation.answers
      .filter((answer) => answer.value !== null && (!view.instrument || answer.instrumentKey === view.instrument))
      .map((answer) => ({ ...answer, value: answer.value!, familyId: conversation.familyId, block: blockOf(conversation), quarter: quarterKey(conversation.at) })),
  );
  const keptAnswers = [...groupBy(answers, (answer) => `${answer.block}|${answer.instrumentKey}|${answer.itemKey}|${answer.side}`).values()]
    .filter((group) => distinct(group.map((answer) => answer.familyId)) >= view.threshold)
    .flat();
  const averages = (selected: typeof keptAnswers): Averages => {
    const of = (side: Side) => {
      const values = selected.filter((answer) => answer.side === side).map((answer) => answer.value);
      return values.length === 0 ? null : round(values.reduce((total, value) => total + value, 0) / values.length);
    };
    return { parent: of("PARENT"), professional: of("PROFESSIONAL") };
  };
  const items = new Map([...groupBy(keptAnswers, (answer) => `${answer.instrumentKey}/${answer.itemKey}`)].map(([key, group]) => [key, averages(group)]));
  const clusters = new Map(
    [...groupBy(keptAnswers.filter((answer) => answer.clusterKey), (answer) => answer.clusterKey!)].map(([key, group]) => [key, averages(group)]),
  );
  const trend = new Map([...groupBy(keptAnswers, (answer) => answer.quarter)].map(([key, group]) => [key, averages(group)]));

  // Conversations and agreements: a block per team, quarter and phase, whatever the instrument.
  const blocks = [...groupBy(counted, blockOf).values()];
  const keptConversations = blocks.filter((group) => distinct(group.map((conversation) => conversation.familyId)) >= view.threshold).flat();
  const keptForAgreements = blocks
    .filter((group) => distinct(group.filter((conversation) => conversation.agreements.length > 0).map((conversation) => conversation.familyId)) >= view.threshold)
    .flat();
  const agreements = keptForAgreements.flatMap((conversation) => conversation.agreements);
  const today = new Date(new Date().toISOString().slice(0, 10));
  const count = (status: string) => agreements.filter((agreement) => agreement.status === status).length;

  return {
    items,
    clusters,
    trend,
    overview: keptConversations.length === 0 ? null : { conversations: keptConversations.length, families: distinct(keptConversations.map((conversation) => conversation.familyId)) },
    phases: new Map([...groupBy(keptConversations, (conversation) => conversation.phase)].map(([phase, group]) => [phase, group.length])),
    agreements:
      keptForAgreements.length === 0
        ? null
        : {
            done: count("DONE"),
            notDone: count("NOT_DONE"),
            open: count("OPEN"),
            overdue: agreements.filter((agreement) => agreement.status === "OPEN" && agreement.dueDate && agreement.dueDate < today).length,
          },
  };
}
