// Bench section for the renderer and share links (issue items 3 and 7): how long share links get
// for each Figure and a 200-server plan, and how long the SVG renderer takes at 200 and 1,000
// servers. bench/run.ts calls renderBenchSection() and files the result under its own key.
import { arrange } from '../src/layout/arrange.ts';
import type { Plan } from '../src/model/schema.ts';
import { nodeFontCss } from '../src/render/fontNode.ts';
import { renderSvg } from '../src/render/svg.ts';
import { validate } from '../src/rules/index.ts';
import { DEFAULT_BASE_URL, planLinkUrl } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { syntheticPlan } from './synthetic.ts';

export interface BenchMetric {
  value: number;
  unit: 'characters' | 'ms';
  /** Upper bound the value must not exceed, or null when only reported. */
  target: number | null;
  pass: boolean | null;
}

export interface RenderBenchSection {
  linkLengths: { figure1: BenchMetric; figure2: BenchMetric; figure3: BenchMetric; servers200: BenchMetric };
  svgRenderMs: { servers200: BenchMetric; servers1000: BenchMetric };
  /** How the numbers were taken, for the report. */
  notes: string[];
}

const FIGURE_LINK_TARGET = 1500;
const LINK_200_TARGET = 16 * 1024;
const RENDER_200_TARGET_MS = 500;
const RUNS = 7;

function metric(value: number, unit: BenchMetric['unit'], target: number | null): BenchMetric {
  return { value: Math.round(value * 10) / 10, unit, target, pass: target === null ? null : value <= target };
}

function linkLength(plan: Plan): number {
  return planLinkUrl(plan, DEFAULT_BASE_URL).length;
}

function figure(id: 'figure-1' | 'figure-2' | 'figure-3'): Plan {
  const template = templateById(id);
  if (!template) throw new Error(`bench: template ${id} is missing`);
  return template.plan;
}

/** Median wall time of RUNS renders after one warm-up, as an export does it (findings, font, embedded plan). */
function renderMs(plan: Plan): number {
  const options = { findings: validate(plan), date: '2024-05-01', fontCss: nodeFontCss() };
  renderSvg(plan, options);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    renderSvg(plan, options);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function renderBenchSection(): Promise<RenderBenchSection> {
  // Plans from the designer carry positions, so the synthetic plans are laid out as Arrange would.
  const servers200 = arrange(syntheticPlan(200));
  const servers1000 = arrange(syntheticPlan(1000));
  return {
    linkLengths: {
      figure1: metric(linkLength(figure('figure-1')), 'characters', FIGURE_LINK_TARGET),
      figure2: metric(linkLength(figure('figure-2')), 'characters', FIGURE_LINK_TARGET),
      figure3: metric(linkLength(figure('figure-3')), 'characters', FIGURE_LINK_TARGET),
      servers200: metric(linkLength(servers200), 'characters', LINK_200_TARGET),
    },
    svgRenderMs: {
      servers200: metric(renderMs(servers200), 'ms', RENDER_200_TARGET_MS),
      servers1000: metric(renderMs(servers1000), 'ms', null),
    },
    notes: [
      `Link lengths are whole URLs on ${DEFAULT_BASE_URL}; synthetic plans are laid out with arrange().`,
      `Render times are the median of ${RUNS} warm runs with findings, the embedded font and the embedded plan.`,
    ],
  };
}
