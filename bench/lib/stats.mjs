// Pure helpers of the benchmark (bench/run.mjs): statistics and budget checks. Tested by stats.test.ts.

/**
 * Median, min and max of the measured values (the warm-up run is not among them).
 * Non-finite values (a measurement that did not happen) are left out and counted.
 * @param {readonly number[]} values
 */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  const sorted = [...finite].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, missing: values.length, median: null, min: null, max: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n, missing: values.length - n, median, min: sorted[0], max: sorted[n - 1] };
}

/**
 * Pass or fail of one metric against its budget: the chosen statistic (median
 * unless the budget says otherwise) must be at most `max`. No figure, no verdict.
 * @param {{ median: number | null, min: number | null, max: number | null }} summary
 * @param {{ max: number, stat?: 'median' | 'min' | 'max' } | null | undefined} budget
 * @returns {'pass' | 'fail' | 'n/a' | null} null when there is no budget
 */
export function verdict(summary, budget) {
  if (!budget) return null;
  const value = summary[budget.stat ?? 'median'];
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value <= budget.max ? 'pass' : 'fail';
}

/**
 * Attach budgets (by metric id) and verdicts to metrics.
 * @template {{ id: string, values: number[] }} M
 * @param {M[]} metrics
 * @param {Record<string, { max: number, stat?: 'median' | 'min' | 'max', label?: string }>} budgets
 */
export function evaluate(metrics, budgets) {
  return metrics.map((metric) => {
    const summary = summarize(metric.values);
    const budget = budgets[metric.id] ?? null;
    return { ...metric, ...summary, budget, verdict: verdict(summary, budget) };
  });
}

/** Budgets that no metric of the run answered: shown as n/a so a renamed metric is noticed. */
export function unansweredBudgets(metrics, budgets) {
  const ids = new Set(metrics.map((m) => m.id));
  return Object.keys(budgets).filter((id) => !ids.has(id));
}

/**
 * Interaction-to-quiet: the first moment at or after `from` followed by `window` ms
 * without a long task (TTI-like). Long tasks are { start, duration } in ms.
 * @param {number} from
 * @param {readonly { start: number, duration: number }[]} longTasks
 * @param {number} [window]
 */
export function quietAfter(from, longTasks, window = 100) {
  let t = from;
  const tasks = [...longTasks].sort((a, b) => a.start - b.start);
  for (const task of tasks) {
    const end = task.start + task.duration;
    if (end <= t) continue;
    if (task.start >= t + window) break;
    t = end;
  }
  return t;
}

/**
 * Frames that missed their slot: gaps between animation frames longer than
 * `factor` × the nominal frame (16.7 ms at 60 Hz).
 * @param {readonly number[]} frameTimes rAF timestamps in order
 */
export function droppedFrames(frameTimes, frameMs = 1000 / 60, factor = 1.5) {
  let dropped = 0;
  for (let i = 1; i < frameTimes.length; i++) {
    if (frameTimes[i] - frameTimes[i - 1] > factor * frameMs) dropped++;
  }
  return dropped;
}

/**
 * A short, fixed-precision figure for tables.
 * @param {number | null} value
 * @param {string} unit
 */
export function formatValue(value, unit) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  const text = value.toFixed(digits);
  if (unit === '×') return `${text}×`;
  if (unit === 'count' || unit === '') return text;
  return `${text} ${unit}`;
}
