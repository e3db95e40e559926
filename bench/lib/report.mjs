// bench/report.html: one self-contained page (inline SVG drawn here, no script, no network).
import { formatValue } from './stats.mjs';

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const COLORS = {
  bar: '#4a6fa5',
  pass: '#2e7d32',
  fail: '#c62828',
  budget: '#c62828',
  whisker: '#222',
  grid: '#ddd',
};

/** A round axis end a little above `value`. */
function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Horizontal bars: the median, a whisker from min to max, the budget as a red tick.
 * @param {Array<{ label: string, median: number | null, min: number | null, max: number | null, unit: string, budget?: { max: number } | null, verdict?: string | null }>} rows
 */
export function barChart(rows, { title = '', width = 760 } = {}) {
  const labelWidth = 300;
  const valueWidth = 90;
  const rowHeight = 26;
  const top = title ? 28 : 8;
  const plotWidth = width - labelWidth - valueWidth - 16;
  const height = top + rows.length * rowHeight + 24;
  const peak = Math.max(
    ...rows.flatMap((r) => [r.max ?? 0, r.median ?? 0, r.budget?.max ?? 0]).filter(Number.isFinite),
    0,
  );
  const axisMax = niceMax(peak);
  const x = (v) => labelWidth + (Math.max(0, v) / axisMax) * plotWidth;
  const unit = rows[0]?.unit ?? '';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`,
  ];
  if (title) parts.push(`<text x="0" y="16" font-weight="bold" font-size="13">${escapeHtml(title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (axisMax * i) / 4;
    const gx = x(v);
    parts.push(
      `<line x1="${gx}" y1="${top}" x2="${gx}" y2="${height - 20}" stroke="${COLORS.grid}"/>`,
      `<text x="${gx}" y="${height - 6}" font-size="10" text-anchor="middle" fill="#555">${escapeHtml(formatValue(v, unit))}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const color = row.verdict === 'fail' ? COLORS.fail : row.verdict === 'pass' ? COLORS.pass : COLORS.bar;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 16}" font-size="11" text-anchor="end">${escapeHtml(row.label)}</text>`,
    );
    if (row.median !== null && Number.isFinite(row.median)) {
      parts.push(
        `<rect x="${labelWidth}" y="${y + 5}" width="${Math.max(1, x(row.median) - labelWidth)}" height="14" fill="${color}" opacity="0.8"><title>${escapeHtml(`${row.label}: median ${formatValue(row.median, row.unit)}`)}</title></rect>`,
      );
    }
    if (row.min !== null && row.max !== null && Number.isFinite(row.min) && row.max > row.min) {
      const cy = y + 12;
      parts.push(
        `<line x1="${x(row.min)}" y1="${cy}" x2="${x(row.max)}" y2="${cy}" stroke="${COLORS.whisker}"/>`,
        `<line x1="${x(row.min)}" y1="${cy - 4}" x2="${x(row.min)}" y2="${cy + 4}" stroke="${COLORS.whisker}"/>`,
        `<line x1="${x(row.max)}" y1="${cy - 4}" x2="${x(row.max)}" y2="${cy + 4}" stroke="${COLORS.whisker}"/>`,
      );
    }
    if (row.budget && Number.isFinite(row.budget.max)) {
      const bx = x(row.budget.max);
      parts.push(
        `<line x1="${bx}" y1="${y + 1}" x2="${bx}" y2="${y + 23}" stroke="${COLORS.budget}" stroke-width="2" stroke-dasharray="3 2"><title>${escapeHtml(`budget ${formatValue(row.budget.max, row.unit)}`)}</title></line>`,
      );
    }
    parts.push(
      `<text x="${width - valueWidth}" y="${y + 16}" font-size="11">${escapeHtml(formatValue(row.median, row.unit))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Medians of one metric across runs, oldest first, as small vertical bars.
 * @param {Array<{ date: string, median: number | null }>} points
 */
export function historyChart(
  points,
  { unit = '', budget = null, label = '', width = 360, height = 90 } = {},
) {
  const usable = points.filter((p) => p.median !== null && Number.isFinite(p.median));
  const peak = Math.max(0, ...usable.map((p) => p.median), budget?.max ?? 0);
  const axisMax = niceMax(peak);
  const plotTop = 16;
  const plotBottom = height - 16;
  const slot = (width - 10) / Math.max(1, points.length);
  const y = (v) => plotBottom - (v / axisMax) * (plotBottom - plotTop);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`History of ${label}`)}">`,
    `<text x="0" y="11" font-size="11">${escapeHtml(label)}</text>`,
    `<line x1="0" y1="${plotBottom}" x2="${width}" y2="${plotBottom}" stroke="${COLORS.grid}"/>`,
  ];
  points.forEach((p, i) => {
    if (p.median === null || !Number.isFinite(p.median)) return;
    const bx = 5 + i * slot + slot * 0.15;
    const top = y(p.median);
    parts.push(
      `<rect x="${bx}" y="${top}" width="${Math.max(2, slot * 0.7)}" height="${Math.max(1, plotBottom - top)}" fill="${COLORS.bar}"><title>${escapeHtml(`${p.date}: ${formatValue(p.median, unit)}`)}</title></rect>`,
    );
  });
  if (budget && Number.isFinite(budget.max)) {
    const by = y(budget.max);
    parts.push(
      `<line x1="0" y1="${by}" x2="${width}" y2="${by}" stroke="${COLORS.budget}" stroke-dasharray="4 3"/>`,
    );
  }
  const first = points[0]?.date ?? '';
  const last = points.at(-1)?.date ?? '';
  parts.push(
    `<text x="0" y="${height - 3}" font-size="9" fill="#555">${escapeHtml(first)}</text>`,
    `<text x="${width}" y="${height - 3}" font-size="9" fill="#555" text-anchor="end">${escapeHtml(last)}</text>`,
    '</svg>',
  );
  return parts.join('');
}

/**
 * The whole report.
 * @param {{ date: string, machine: Record<string, unknown>, options?: Record<string, unknown>, notes?: string[], scenarios: Array<{ id: string, title: string, description?: string }>, metrics: Array<{ id: string, scenario: string, label: string, unit: string, median: number | null, min: number | null, max: number | null, n: number, budget: { max: number, stat?: string } | null, verdict: string | null }> }} run
 * @param {Array<{ date: string, metrics: Array<{ id: string, median: number | null }> }>} history oldest first, this run included
 */
export function renderReport(run, history = []) {
  const rowsHtml = run.metrics
    .map((m) => {
      const budget = m.budget
        ? `≤ ${escapeHtml(formatValue(m.budget.max, m.unit))}${m.budget.stat && m.budget.stat !== 'median' ? ` (${escapeHtml(m.budget.stat)})` : ''}`
        : '';
      const verdict = m.verdict
        ? `<span class="${escapeHtml(m.verdict === 'fail' ? 'fail' : m.verdict === 'pass' ? 'pass' : 'na')}">${escapeHtml(m.verdict)}</span>`
        : '';
      return `<tr><td>${escapeHtml(scenarioTitle(run, m.scenario))}</td><td>${escapeHtml(m.label)}</td><td class="num">${escapeHtml(formatValue(m.median, m.unit))}</td><td class="num">${escapeHtml(formatValue(m.min, m.unit))}</td><td class="num">${escapeHtml(formatValue(m.max, m.unit))}</td><td class="num">${escapeHtml(m.n)}</td><td>${budget}</td><td>${verdict}</td></tr>`;
    })
    .join('\n');

  const sections = run.scenarios
    .map((scenario) => {
      const metrics = run.metrics.filter((m) => m.scenario === scenario.id);
      if (metrics.length === 0) return '';
      const units = [...new Set(metrics.map((m) => m.unit))];
      const charts = units
        .map((unit) =>
          barChart(
            metrics.filter((m) => m.unit === unit),
            { title: unit ? `in ${unit === '×' ? 'ratio' : unit}` : '' },
          ),
        )
        .join('\n');
      // History of what the budgets watch, and of the headline figure of each scenario.
      const watched = metrics.filter((m) => m.budget || /\.warm\.firstComment$/.test(m.id));
      const historyCharts =
        history.length > 1
          ? watched
              .map((m) =>
                historyChart(
                  history.map((h) => ({
                    date: h.date,
                    median: h.metrics.find((x) => x.id === m.id)?.median ?? null,
                  })),
                  { unit: m.unit, budget: m.budget, label: m.label },
                ),
              )
              .join('\n')
          : '';
      return `<section><h2>${escapeHtml(scenario.title)}</h2>${scenario.description ? `<p>${escapeHtml(scenario.description)}</p>` : ''}<div class="charts">${charts}</div>${
        historyCharts ? `<h3>History (median per run)</h3><div class="history">${historyCharts}</div>` : ''
      }</section>`;
    })
    .join('\n');

  const machine = Object.entries(run.machine)
    .map(
      ([key, value]) =>
        `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(typeof value === 'object' ? JSON.stringify(value) : value)}</dd>`,
    )
    .join('');
  const notes = (run.notes ?? []).map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  const failed = run.metrics.filter((m) => m.verdict === 'fail').length;
  const budgeted = run.metrics.filter((m) => m.budget).length;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Screening Room benchmark — ${escapeHtml(run.date)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1d1d1d; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pass { color: #2e7d32; font-weight: bold; }
.fail { color: #c62828; font-weight: bold; }
.na { color: #777; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
section { margin-top: 2rem; }
.charts svg, .history svg { display: block; margin: 0.5rem 0; max-width: 100%; height: auto; }
.history { display: flex; flex-wrap: wrap; gap: 1rem; }
</style>
</head>
<body>
<h1>Screening Room benchmark</h1>
<p>Run of ${escapeHtml(run.date)}: ${escapeHtml(budgeted - failed)} of ${escapeHtml(budgeted)} budgets met. Medians over the measured repeats (warm-up excluded); bars show the median, whiskers min–max, the dashed red line the budget.</p>
<dl>${machine}</dl>
${notes ? `<h2>Notes</h2><ul>${notes}</ul>` : ''}
<h2>Results</h2>
<table>
<thead><tr><th>Scenario</th><th>Metric</th><th>Median</th><th>Min</th><th>Max</th><th>n</th><th>Budget</th><th>Verdict</th></tr></thead>
<tbody>
${rowsHtml}
</tbody>
</table>
${sections}
</body>
</html>
`;
}

function scenarioTitle(run, id) {
  return run.scenarios.find((s) => s.id === id)?.title ?? id;
}
