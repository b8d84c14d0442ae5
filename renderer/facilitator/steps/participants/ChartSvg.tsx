import { memo, useLayoutEffect, useRef } from 'react';

/**
 * A chart builder's SVG (shared/charts), shown as it is: the same string the projector and the
 * PDF use. Parsed as SVG and put into the page as nodes — inline, so its text uses the page's
 * Sarabun and can be measured against the builder's layout — never as HTML. The builders write
 * presentation attributes only (no style attributes, which the CSP would drop) and escape all text.
 */
export const ChartSvg = memo(function ChartSvg({ svg, className, testId }: { svg: string; className?: string; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const target = host.current;
    if (!target) return;
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.nodeName.toLowerCase() !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
      target.replaceChildren();
      return;
    }
    target.replaceChildren(document.importNode(root, true));
  }, [svg]);
  return <div ref={host} className={className} data-testid={testId} />;
});
