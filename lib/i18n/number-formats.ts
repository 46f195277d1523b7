/**
 * An average on the 1–5 scale with one decimal, in the reader's own way: "3,4" in Dutch, "3.4" in
 * English. Shared by the dashboard, its charts (client side) and the team reflection, as the CSV
 * writes it too.
 */
export const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
