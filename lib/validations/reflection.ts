import { z } from "zod";
import { ZId } from "./family";

/** Open a round: one's own, or a team's (the team lead or the admin). */
export const ZOpenReflectionRound = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("own") }),
  z.object({ kind: z.literal("team"), teamId: ZId }),
]);

export const ZReflectionRoundRef = z.object({ roundId: ZId });

export const ZSaveReflectionRating = z.object({
  roundId: ZId,
  itemId: ZId,
  /** null: "weet ik niet / past niet", as in a conversation. */
  value: z.number().int().min(1).max(5).nullable(),
});

export const ZAddTeamAgreement = z.object({
  roundId: ZId,
  text: z.string().trim().min(1, { error: "required" }).max(500, { error: "tooLong" }),
  owner: z.string().trim().min(1, { error: "required" }).max(80, { error: "tooLong" }),
  dueDate: z.union([z.literal(""), z.iso.date({ error: "dateFormat" })]).optional().default(""),
});

export const ZLookBackOnTeamAgreement = z.object({
  roundId: ZId,
  agreementId: ZId,
  /** A team marks its own agreements done, or open again. */
  status: z.enum(["DONE", "OPEN"]),
});
