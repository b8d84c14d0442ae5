import { forwardRef, memo, useImperativeHandle, useLayoutEffect, useRef, type AriaRole } from 'react';
import { checkSvgSubset } from '../../shared/charts';

/**
 * The one way a chart from shared/charts enters a page (facilitator, projector, minutes preview).
 *
 * Inline, not `<img src="data:…">`: an image cannot use the page's Sarabun, so on a computer with
 * no Thai font its labels would be boxes. Safe because the string must keep to the builders'
 * subset (no scripts, no style, no foreign content, escaped text — `checkSvgSubset`) and is parsed
 * as SVG, never as HTML, before its nodes are imported. A chart outside the subset is not shown.
 */
export function chartNodes(svg: string): Node[] {
  if (svg === '' || checkSvgSubset(svg).length > 0) return [];
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName.toLowerCase() !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return [];
  return [document.importNode(root, true)];
}

interface SvgMarkupProps {
  svg: string;
  className?: string;
  testId?: string;
  role?: AriaRole;
  label?: string;
}

export const SvgMarkup = memo(
  forwardRef<HTMLDivElement | null, SvgMarkupProps>(function SvgMarkup({ svg, className, testId, role, label }, outer) {
    const ref = useRef<HTMLDivElement>(null);
    useImperativeHandle(outer, () => ref.current as HTMLDivElement);
    useLayoutEffect(() => {
      ref.current?.replaceChildren(...chartNodes(svg));
    }, [svg]);
    return <div ref={ref} className={className} data-testid={testId} role={role} aria-label={label} />;
  }),
);
