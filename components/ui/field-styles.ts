// The box of every text input, select and text area, in one place. Kept out of the "use client"
// field files so server components can use it too.
const box = "block w-full rounded-xl border border-ink-soft bg-card text-lg aria-invalid:border-red-800";

export const inputStyles = `${box} min-h-12 px-4`;
export const textAreaStyles = `${box} p-3`;

// Label, hint, input and error line. A gap, not space-y: the error line is hidden while empty and
// then takes no room, so a field lines up with a button beside it.
export const fieldStack = "flex flex-col gap-1";
