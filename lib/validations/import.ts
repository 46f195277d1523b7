import { z } from "zod";

/** 2 MB holds 10,000 rows of a family file several times over; the action accepts three. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

// A file input left empty still sends a nameless, empty file: that is no file.
const ZCsvUpload = z.preprocess(
  (value) => (value instanceof File && value.size === 0 && value.name === "" ? undefined : value),
  z.file({ error: "invalid" }).max(MAX_FILE_BYTES, { error: "fileTooLarge" }).optional(),
);

export const ZImport = z
  .object({
    /** check: show what would happen; import: check again, then write. */
    intent: z.enum(["check", "import"], { error: "invalid" }),
    /** The checked files' fingerprint: importing refuses files that changed since. */
    fingerprint: z.string().max(64).optional(),
    teams: ZCsvUpload,
    staff: ZCsvUpload,
    families: ZCsvUpload,
  })
  .refine((input) => input.teams || input.staff || input.families, { error: "chooseFile", path: ["files"] });
export type TImport = z.infer<typeof ZImport>;
