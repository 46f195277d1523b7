/** "ABCD-EFGH": easier to read aloud. Shared by the server and the professional's screen. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
