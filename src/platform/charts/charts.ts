import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface SeriesPoint {
  date: Date;
  value: number;
}

/**
 * Plot's SVG made fit for the portal: an image with a text alternative (role="img", aria-label), no
 * aria-label on bare groups (axe flags them), and no inline <style> or style attributes (the CSP allows
 * only the portal's own style sheet; app.css styles .chart svg instead).
 */
function accessibleSvg(svg: Element, label: string, narrow = false): string {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  for (const el of svg.querySelectorAll('style')) el.remove();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    el.removeAttribute('style');
    if (el !== svg && el.tagName.toLowerCase() === 'g') el.removeAttribute('aria-label');
    if (el !== svg) el.removeAttribute('aria-description');
  }
  svg.removeAttribute('class');
  svg.setAttribute('class', 'chart-svg');
  // Plot's 10 px (an inline style, removed above) would shrink further on a phone: the labels' size is a
  // presentation attribute in the chart's own units, which the page shows at about their size.
  svg.setAttribute('font-size', String(narrow ? LABEL_SIZE.narrow : LABEL_SIZE.wide));
  return svg.outerHTML;
}

/**
 * Label size in the chart's units. Each variant is drawn near the width it is shown at (a desktop column
 * may show the wide one at 80 %), so the labels stay at least 12 px.
 */
const LABEL_SIZE = { wide: 16, narrow: 14 } as const;

/** The two widths a chart is drawn for: the content column of a desktop page, and a phone's. */
export const CHART_WIDTHS = { wide: 760, narrow: 220 } as const;

/**
 * A chart drawn twice, for a wide and a narrow screen, and the page's style sheet shows the one that fits
 * (app.css, .chart-svg--wide / --narrow): scaled to a phone, one drawing would shrink its labels to 6 px.
 */
function responsive(draw: (width: number, narrow: boolean) => string): string {
  // Arabic dates and numbers carry direction marks (U+200E/200F/061C) that scramble them inside a chart,
  // which is drawn left to right: they are dropped.
  const tag = (svg: string, variant: 'wide' | 'narrow') =>
    svg
      .replace('class="chart-svg"', `class="chart-svg chart-svg--${variant}"`)
      .replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');
  return tag(draw(CHART_WIDTHS.wide, false), 'wide') + tag(draw(CHART_WIDTHS.narrow, true), 'narrow');
}

/** Charts drawn lately, by kind and data (at most DRAWN_MAX, the least recently used leave first). */
const drawn = new Map<string, string>();
const DRAWN_MAX = 200;

/**
 * A chart is a function of its data, and drawing it (Observable Plot on linkedom, tens of milliseconds on
 * the event loop) costs more than the rest of its page: the same chart asked again, after a change
 * elsewhere in the tenant or by another reader, is not drawn again.
 */
function drawnOnce(kind: string, opts: unknown, draw: () => string): string {
  const key = `${kind}:${JSON.stringify(opts)}`;
  const hit = drawn.get(key);
  if (hit !== undefined) {
    drawn.delete(key);
    drawn.set(key, hit);
    return hit;
  }
  const svg = draw();
  drawn.set(key, svg);
  if (drawn.size > DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  return svg;
}

function documentForPlot() {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * A line chart of measurements over time with the target as a dashed rule, rendered on the server.
 * `label` is the text alternative; the page shows the same numbers in a data table.
 */
export function lineChartSvg(opts: {
  points: readonly SeriesPoint[];
  target?: number | undefined;
  baseline?: number | undefined;
  unit: string;
  label: string;
  /** Text on the target line, e.g. "Ziel 2030". */
  targetLabel?: string;
  locale: string;
  height?: number;
}): string {
  return drawnOnce('line', opts, () => {
    return responsive((width, narrow) => {
      const document = documentForPlot();
      const values = opts.points.map((p) => p.value);
      const extra = [opts.target, opts.baseline].filter((v): v is number => v !== undefined);
      const all = [...values, ...extra];
      const lo = Math.min(0, ...all);
      const hi = Math.max(...all, 1);
      const marks: Plot.Markish[] = [
        Plot.ruleY([lo]),
        Plot.lineY(opts.points, { x: 'date', y: 'value', stroke: '#004b76', strokeWidth: 2 }),
        Plot.dot(opts.points, { x: 'date', y: 'value', fill: '#004b76', r: 3 }),
      ];
      if (opts.target !== undefined)
        marks.push(
          Plot.ruleY([opts.target], { stroke: '#8a4b00', strokeDasharray: '6,4', strokeWidth: 2 }),
          Plot.text([opts.target], {
            y: (d: number) => d,
            frameAnchor: 'right',
            dy: -8,
            text: () => opts.targetLabel ?? '',
            fill: '#8a4b00',
          }),
        );
      // A tick at each measurement, but none closer to the last one kept than its label needs: dates a
      // year apart on a chart of many years would overlap on a phone.
      const times = opts.points.map((p) => p.date.getTime());
      const gap = (Math.max(...times) - Math.min(...times)) / (narrow ? 5 : 10);
      const ticks: Date[] = [];
      for (const p of [...opts.points].sort((a, b) => b.date.getTime() - a.date.getTime()))
        if (!ticks.length || ticks.at(-1)!.getTime() - p.date.getTime() >= gap) ticks.push(p.date);
      const svg = Plot.plot({
        document,
        width,
        height: (opts.height ?? 260) + (narrow ? 30 : 0),
        marginLeft: 56,
        marginBottom: narrow ? 60 : 30,
        // Few measurements: a tick at each, labelled with its date (a value of 31.12.2019 read as "2020" at a
        // year tick) — on a phone as month and year, slanted, so they do not run into each other; many: the
        // scale's own ticks.
        x:
          opts.points.length <= 8
            ? {
                type: 'utc',
                label: null,
                ticks,
                tickFormat: (d: Date) =>
                  d.toLocaleDateString(
                    opts.locale,
                    narrow ? { timeZone: 'UTC', month: '2-digit', year: 'numeric' } : { timeZone: 'UTC' },
                  ),
                tickRotate: narrow ? -45 : 0,
              }
            : { type: 'utc', label: null, ticks: narrow ? 4 : undefined },
        y: {
          domain: [lo, hi * 1.08],
          grid: true,
          label: opts.unit,
          tickFormat: (d: number) => d.toLocaleString(opts.locale),
        },
        marks,
      }) as unknown as Element;
      return accessibleSvg(svg, opts.label, narrow);
    });
  });
}

/** One colour language for reported status, on every chart: on track, at risk, off track, no report. */
export const STATUS_COLORS = {
  on_track: '#2e7d32',
  at_risk: '#c77700',
  off_track: '#b3261e',
  none: '#6b7280',
} as const;

interface BarChartOpts {
  bars: readonly { label: string; value: number; color?: string }[];
  label: string;
  unit: string;
  locale: string;
}

/** A horizontal bar chart (counts per category), e.g. online services per maturity level. */
export function barChartSvg(opts: BarChartOpts): string {
  return drawnOnce('bar', opts, () => {
    return responsive((width, narrow) => drawBarChart(opts, width, narrow));
  });
}

/**
 * The same bar chart drawn once, at the width of a page's text column, for print (a PDF report); no
 * direction marks, which a PDF's text layer would keep as stray characters.
 */
export function barChartSvgForPrint(opts: BarChartOpts): string {
  return drawnOnce('bar-print', opts, () => {
    const svg = drawBarChart(opts, CHART_WIDTHS.wide, false).replace(
      /[\u200e\u200f\u061c\u2066-\u2069]/g,
      '',
    );
    // A page may leave the namespace out; a standalone SVG file may not.
    return svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  });
}

function drawBarChart(opts: BarChartOpts, width: number, narrow: boolean): string {
  const document = documentForPlot();
  const color = (d: { color?: string }) => d.color ?? '#004b76';
  const format = (d: number) => d.toLocaleString(opts.locale);
  // Counts: ticks at whole numbers only (no "0.5 services").
  const whole = opts.bars.every((b) => Number.isInteger(b.value));
  const tick = (d: number) => (whole && !Number.isInteger(d) ? '' : format(d));
  const x = {
    grid: true,
    label: opts.unit,
    labelAnchor: 'center' as const,
    labelArrow: 'none' as const,
    labelOffset: 36,
    tickFormat: tick,
  };
  // On a phone each bar's name stands above it (a column of names beside the bars leaves them no
  // room), wrapped to the width and growing upwards from the bar.
  const svg = narrow
    ? Plot.plot({
        document,
        width,
        height: 56 + opts.bars.length * 68,
        marginLeft: 8,
        marginRight: 40,
        marginBottom: 44,
        x: { ...x, ticks: 3 },
        y: { axis: null, domain: opts.bars.map((b) => b.label), padding: 0.6, align: 1 },
        marks: [
          Plot.barX(opts.bars, { y: 'label', x: 'value', fill: color }),
          Plot.text(opts.bars, {
            y: 'label',
            x: 0,
            text: 'label',
            textAnchor: 'start',
            lineAnchor: 'bottom',
            dx: 3,
            lineWidth: Math.max(8, (width - 16) / 14),
            // Clear of the bar (half its ~26 px height) with room for descenders and cedillas.
            dy: -17,
            fill: '#1b1b1b',
          }),
          Plot.text(opts.bars, {
            y: 'label',
            x: 'value',
            text: (d: { value: number }) => format(d.value),
            textAnchor: 'start',
            dx: 4,
            fill: '#1b1b1b',
          }),
          Plot.ruleX([0]),
        ],
      })
    : Plot.plot({
        document,
        width,
        height: 56 + opts.bars.length * 28,
        // Room for the longest name (about 0.55 em per character at 16 px), within reason.
        marginLeft: Math.min(
          Math.round(width * 0.45),
          Math.max(120, 16 + Math.max(...opts.bars.map((b) => b.label.length)) * 9),
        ),
        marginBottom: 44,
        x,
        y: { label: null, domain: opts.bars.map((b) => b.label) },
        marks: [Plot.barX(opts.bars, { y: 'label', x: 'value', fill: color }), Plot.ruleX([0])],
      });
  const el = svg as unknown as Element;
  return accessibleSvg(el, opts.label, narrow);
}

/**
 * Stacked columns per period (e.g. projects on track, at risk and off track in each review cycle). The
 * series' colours are named in the page's legend and the numbers stand in a data table beside it.
 */
export function stackedColumnsSvg(opts: {
  periods: readonly string[];
  series: readonly { key: string; label: string; color: string }[];
  values: readonly Record<string, number>[];
  label: string;
  unit: string;
  locale: string;
}): string {
  return drawnOnce('columns', opts, () => {
    return responsive((width, narrow) => {
      const document = documentForPlot();
      const data = opts.periods.flatMap((period, i) =>
        opts.series.map((s) => ({ period, series: s.label, value: opts.values[i]?.[s.key] ?? 0 })),
      );
      const colors = new Map(opts.series.map((s) => [s.label, s.color]));
      const svg = Plot.plot({
        document,
        width,
        height: narrow ? 320 : 280,
        // Room above the top tick for the axis title ("↑ Projekte"), which otherwise touches its number.
        marginTop: 32,
        marginLeft: 56,
        marginBottom: narrow ? 64 : 30,
        x: { label: null, domain: [...opts.periods], tickRotate: narrow ? -45 : 0 },
        y: { grid: true, label: opts.unit, tickFormat: (d: number) => d.toLocaleString(opts.locale) },
        marks: [
          Plot.barY(data, {
            x: 'period',
            y: 'value',
            fill: (d: { series: string }) => colors.get(d.series),
          }),
          Plot.ruleY([0]),
        ],
      }) as unknown as Element;
      return accessibleSvg(svg, opts.label, narrow);
    });
  });
}

/**
 * A value-versus-effort portfolio: each item a dot labelled with its rank; the quick-win area (value at
 * least `minValue`, effort at most `maxEffort`) is shaded. Both axes run 0–5.
 */
export function portfolioChartSvg(opts: {
  items: readonly { rank: number; value: number; effort: number; quickWin: boolean }[];
  label: string;
  xLabel: string;
  yLabel: string;
  quickWinLabel: string;
  /** Number format of the ticks (decimal comma in German). */
  locale: string;
  /** The shaded area: exactly where the ranking's quick-win rule puts an item. */
  quickWinArea: { minValue: number; maxEffort: number };
}): string {
  return drawnOnce('portfolio', opts, () => {
    return responsive((width, narrow) => {
      const document = documentForPlot();
      const { minValue, maxEffort } = opts.quickWinArea;
      const svg = Plot.plot({
        document,
        width,
        height: narrow ? 340 : 420,
        marginLeft: 60,
        marginBottom: 48,
        // Axis titles centred along their axes, clear of the end ticks.
        x: {
          domain: [0, 5],
          label: opts.xLabel,
          labelAnchor: 'center',
          labelOffset: 40,
          grid: true,
          tickFormat: (d: number) => d.toLocaleString(opts.locale),
        },
        y: {
          domain: [0, 5],
          label: opts.yLabel,
          labelAnchor: 'center',
          labelOffset: 48,
          grid: true,
          tickFormat: (d: number) => d.toLocaleString(opts.locale),
        },
        marks: [
          Plot.rect([{ x1: 0, x2: maxEffort, y1: minValue, y2: 5 }], {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: '#e4f1e8',
          }),
          Plot.dot(opts.items, {
            x: 'effort',
            y: 'value',
            r: narrow ? 11 : 13,
            fill: (d: { quickWin: boolean }) => (d.quickWin ? '#1c5b2e' : '#004b76'),
          }),
          Plot.text(opts.items, {
            x: 'effort',
            y: 'value',
            text: (d: { rank: number }) => String(d.rank),
            fill: 'white',
          }),
          // Drawn last, over the dots, with a light halo: a dot in the area's corner never hides its name.
          Plot.text([{ x: 0.1, y: 4.9 }], {
            x: 'x',
            y: 'y',
            text: () => opts.quickWinLabel,
            textAnchor: 'start',
            fill: '#1c5b2e',
            stroke: '#e4f1e8',
            strokeWidth: 5,
            paintOrder: 'stroke',
          }),
        ],
      }) as unknown as Element;
      return accessibleSvg(svg, opts.label, narrow);
    });
  });
}
