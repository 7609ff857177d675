export function median(values: readonly number[]): number;
export function percentile(values: readonly number[], p: number): number;
export type Keystroke = { at: number; text: string };
export type Commit = { at: number; payload: string };
export function keystrokeLatencies(
  keystrokes: readonly Keystroke[],
  commits: readonly Commit[],
): (number | null)[];
export function table(
  rows: readonly (readonly unknown[])[],
  align: readonly ('l' | 'r')[],
): string;
