import { SvgMarkup } from '../../../ui/SvgMarkup';

/** A chart built by shared/charts on a component step (see renderer/ui/SvgMarkup for why inline). */
export function SvgChart({ svg, testId, className }: { svg: string; testId?: string; className?: string }) {
  return <SvgMarkup svg={svg} className={`svg-chart ${className ?? ''}`} testId={testId} />;
}
