export interface Summary {
  n: number;
  missing: number;
  median: number | null;
  min: number | null;
  max: number | null;
}
export type Stat = 'median' | 'min' | 'max';
export interface Budget {
  max: number;
  stat?: Stat;
  label?: string;
}
export type Verdict = 'pass' | 'fail' | 'n/a';

export function summarize(values: readonly number[]): Summary;
export function verdict(
  summary: Pick<Summary, 'median' | 'min' | 'max'>,
  budget: Budget | null | undefined,
): Verdict | null;
export function evaluate<M extends { id: string; values: number[] }>(
  metrics: M[],
  budgets: Record<string, Budget>,
): Array<M & Summary & { budget: Budget | null; verdict: Verdict | null }>;
export function unansweredBudgets(
  metrics: ReadonlyArray<{ id: string }>,
  budgets: Record<string, Budget>,
): string[];
export function quietAfter(
  from: number,
  longTasks: ReadonlyArray<{ start: number; duration: number }>,
  window?: number,
): number;
export function droppedFrames(frameTimes: readonly number[], frameMs?: number, factor?: number): number;
export function formatValue(value: number | null, unit: string): string;
