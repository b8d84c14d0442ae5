import { memo, useMemo } from 'react';
import { checkSvgSubset } from '../../../../shared/charts';

interface SvgChartProps {
  /** A complete `<svg>` from a shared/charts builder (the same string the projector and the PDF use). */
  svg: string;
  testId?: string;
  className?: string;
}

/**
 * Shows a chart built by shared/charts. The string is placed in the page rather than in an
 * `<img src="data:…">`: an image cannot use the page's web fonts, so on a computer without Sarabun
 * (or any Thai font) installed the Thai labels would come out as boxes. That is safe only because
 * the builders keep to a subset (no scripts, no `style`, no foreign content, escaped text) — it is
 * checked here before anything is inserted, and a chart outside the subset is not shown.
 */
export const SvgChart = memo(function SvgChart({ svg, testId, className }: SvgChartProps) {
  const safe = useMemo(() => checkSvgSubset(svg).length === 0, [svg]);
  if (!safe) return null;
  return <div className={`svg-chart ${className ?? ''}`} data-testid={testId} dangerouslySetInnerHTML={{ __html: svg }} />;
});
