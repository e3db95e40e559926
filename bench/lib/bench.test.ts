import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReport } from './report.mjs';
import {
  droppedFrames,
  evaluate,
  formatValue,
  quietAfter,
  summarize,
  unansweredBudgets,
  verdict,
} from './stats.mjs';

describe('summarize', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(summarize([5, 1, 3])).toEqual({ n: 3, missing: 0, median: 3, min: 1, max: 5 });
    expect(summarize([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });
  it('leaves out measurements that did not happen and says how many', () => {
    expect(summarize([Number.NaN, 2, Number.POSITIVE_INFINITY, 4])).toEqual({
      n: 2,
      missing: 2,
      median: 3,
      min: 2,
      max: 4,
    });
    expect(summarize([])).toEqual({ n: 0, missing: 0, median: null, min: null, max: null });
  });
  it('does not reorder the values it was given', () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('budgets', () => {
  it('passes at the limit and fails above it, on the median unless told otherwise', () => {
    expect(verdict({ median: 50, min: 10, max: 90 }, { max: 50 })).toBe('pass');
    expect(verdict({ median: 50.1, min: 10, max: 90 }, { max: 50 })).toBe('fail');
    expect(verdict({ median: 10, min: 10, max: 90 }, { max: 50, stat: 'max' })).toBe('fail');
    expect(verdict({ median: null, min: null, max: null }, { max: 50 })).toBe('n/a');
    expect(verdict({ median: 1, min: 1, max: 1 }, undefined)).toBeNull();
  });
  it('attaches budgets by metric id and reports budgets nobody measured', () => {
    const metrics = [
      { id: 'post.onScreen', values: [40, 60, 70] },
      { id: 'scroll.longTasks', values: [0, 0, 1] },
      { id: 'open.heap', values: [12] },
    ];
    const budgets = {
      'post.onScreen': { max: 50 },
      'scroll.longTasks': { max: 0 },
      'gone.metric': { max: 1 },
    };
    const result = evaluate(metrics, budgets);
    expect(result.map((m) => [m.id, m.median, m.verdict])).toEqual([
      ['post.onScreen', 60, 'fail'],
      ['scroll.longTasks', 0, 'pass'],
      ['open.heap', 12, null],
    ]);
    expect(unansweredBudgets(metrics, budgets)).toEqual(['gone.metric']);
  });
});

describe('timing helpers', () => {
  it('finds the first 100 ms without a long task after a moment', () => {
    expect(quietAfter(500, [])).toBe(500);
    // A task before, one overlapping, one starting inside the window, one far later.
    const tasks = [
      { start: 100, duration: 200 },
      { start: 480, duration: 60 },
      { start: 600, duration: 80 },
      { start: 900, duration: 70 },
    ];
    expect(quietAfter(500, tasks)).toBe(680);
  });
  it('counts frames whose gap is over 1.5 frames', () => {
    expect(droppedFrames([0, 16.7, 33.4, 70, 86.7, 140])).toBe(2);
    expect(droppedFrames([0])).toBe(0);
  });
  it('formats figures with their unit', () => {
    expect(formatValue(1234.56, 'ms')).toBe('1235 ms');
    expect(formatValue(12.34, 'MB')).toBe('12.3 MB');
    expect(formatValue(2.5, '×')).toBe('2.50×');
    expect(formatValue(null, 'ms')).toBe('—');
  });
});

describe('report', () => {
  it('escapes markup in every text it prints', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
    const html = renderReport({
      date: '2026-11-22T10:00:00.000Z',
      machine: { os: '<script>alert(1)</script>' },
      notes: ['a & b'],
      scenarios: [{ id: 'x', title: 'Title <b>', description: '"quoted"' }],
      metrics: [
        {
          id: 'x.m',
          scenario: 'x',
          label: '<svg onload=alert(1)>',
          unit: 'ms',
          median: 10,
          min: 5,
          max: 20,
          n: 5,
          budget: { max: 50 },
          verdict: 'pass',
        },
      ],
    });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('Title &lt;b&gt;');
    // Self-contained: charts are inline SVG, nothing is fetched.
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link|src=["']http/);
  });
});
