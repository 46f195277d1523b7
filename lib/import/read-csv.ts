import { CsvError, parse } from "csv-parse/sync";
import { columnFor, columnsOf, type Column } from "./columns";
import type { ImportKind, Problem } from "./types";

/** More rows than this is not a school: it is a mistake, or an attempt to tie up the server. */
export const MAX_ROWS = 10_000;

export interface CsvRow {
  line: number;
  /** By column name (the template's), trimmed; a column the file lacks reads as "". */
  values: Record<string, string>;
  problems: Problem[];
}

export interface CsvFile {
  problems: Problem[];
  rows: CsvRow[];
}

const refuse = (key: Problem["key"], values?: Problem["values"]): CsvFile => ({ problems: [{ key, values }], rows: [] });

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** Bytes to text, or why they are not a UTF-8 text file (with or without Excel's byte-order mark). */
function decode(bytes: Uint8Array): string | Problem {
  // .xlsx is a zip archive, .xls an OLE document: saved from Excel without choosing CSV.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { key: "spreadsheet" };
  // Excel's "Unicode text" is UTF-16: the byte-order mark tells it.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { key: "notUtf8" };
  let text: string;
  try {
    // Fatal: an old Excel "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252, and its
    // é would silently turn into �. The decoder also drops the byte-order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { key: "notUtf8" };
  }
  return text.includes("\u0000") ? { key: "notText" } : text;
}

/**
 * Dutch Excel separates with semicolons (the comma is the decimal sign), everything else with
 * commas. The header line decides: it holds no quoted commas in practice, and a file of one
 * column (teams) has neither, where the semicolon keeps a team name with a comma whole.
 */
export function delimiterOf(text: string): ";" | "," {
  const header = (text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "").replace(/"[^"]*"/g, "");
  const count = (character: string) => header.split(character).length - 1;
  return count(",") > count(";") ? "," : ";";
}

/** The header row's cells, matched to the kind's columns: index per column, or what is wrong. */
function matchHeaders(kind: ImportKind, headers: string[]): { problems: Problem[]; index: Map<Column, number> } {
  const problems: Problem[] = [];
  const index = new Map<Column, number>();
  headers.forEach((header, position) => {
    if (header.trim() === "") return;
    const column = columnFor(kind, header);
    if (!column) problems.push({ key: "unknownColumn", values: { column: header.trim() } });
    else if (index.has(column)) problems.push({ key: "doubleColumn", values: { column: column.name } });
    else index.set(column, position);
  });
  for (const column of columnsOf[kind]) {
    if (column.required && !index.has(column)) problems.push({ key: "missingColumn", values: { column: column.name } });
  }
  return { problems, index };
}

/** One file of one kind: its rows with their line numbers, or why it cannot be read at all. */
export function readCsv(kind: ImportKind, bytes: Uint8Array): CsvFile {
  if (bytes.length === 0) return refuse("emptyFile");
  const text = decode(bytes);
  if (typeof text !== "string") return { problems: [text], rows: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With info: true each record comes with its line; the library's types do not say so.
    const options = { delimiter: delimiterOf(text), info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true };
    records = parse(text, options) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") return refuse("unclosedQuote", { line: lineOfOpenQuote(text) });
    return refuse("notText");
  }
  const [header, ...data] = records.filter(({ record }) => record.some((cell) => cell.trim() !== ""));
  if (!header) return refuse("emptyFile");
  const { problems, index } = matchHeaders(kind, header.record);
  if (problems.length > 0) return { problems, rows: [] };
  if (data.length === 0) return refuse("emptyFile");
  if (data.length > MAX_ROWS) return refuse("tooManyRows", { max: MAX_ROWS });
  const used = new Set(index.values());
  return {
    problems: [],
    rows: data.map(({ record, info }) => {
      const values: Record<string, string> = {};
      for (const [column, position] of index) values[column.name] = (record[position] ?? "").trim();
      // Cells beyond the header (or under an empty header) hold something nobody named.
      const stray = record.some((cell, position) => !used.has(position) && cell.trim() !== "");
      return { line: startLine(record, info.lines), values, problems: stray ? [{ key: "extraCells" as const }] : [] };
    }),
  };
}

/** The parser counts the line a record ends on; a quoted cell may span lines. */
function startLine(record: string[], endLine: number): number {
  return endLine - record.reduce((newlines, cell) => newlines + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** Where the quote that never closes was opened: every quote opens or closes, "" does both. */
function lineOfOpenQuote(text: string): number {
  let line = 1;
  let open = false;
  let openedOn = 1;
  for (const character of text) {
    if (character === "\n") line += 1;
    if (character !== '"') continue;
    open = !open;
    if (open) openedOn = line;
  }
  return openedOn;
}
