import { SvgMarkup } from '../../../ui/SvgMarkup';

/** A chart builder's SVG (shared/charts) on the people steps: the same string the projector and PDF use. */
export function ChartSvg({ svg, className, testId }: { svg: string; className?: string; testId?: string }) {
  return <SvgMarkup svg={svg} className={className} testId={testId} />;
}
