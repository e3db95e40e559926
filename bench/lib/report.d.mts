import type { Budget } from './stats.mjs';

export interface ReportMetric {
  id: string;
  scenario: string;
  label: string;
  unit: string;
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
  budget: Budget | null;
  verdict: string | null;
}
export interface ReportRun {
  date: string;
  machine: Record<string, unknown>;
  notes?: string[];
  scenarios: Array<{ id: string; title: string; description?: string }>;
  metrics: ReportMetric[];
}
export interface HistoryEntry {
  date: string;
  metrics: Array<{ id: string; median: number | null }>;
}

export function escapeHtml(value: unknown): string;
export function barChart(
  rows: Array<
    Pick<ReportMetric, 'label' | 'median' | 'min' | 'max' | 'unit'> & {
      budget?: Budget | null;
      verdict?: string | null;
    }
  >,
  options?: { title?: string; width?: number },
): string;
export function historyChart(
  points: Array<{ date: string; median: number | null }>,
  options?: { unit?: string; budget?: Budget | null; label?: string; width?: number; height?: number },
): string;
export function renderReport(run: ReportRun, history?: HistoryEntry[]): string;
