import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SvgMarkup } from '../ui/SvgMarkup';

/** One screen unit in px, as the CSS has it: min(1cqw, 1.7778cqh) of the screen. */
export function screenUnit(element: Element): number {
  const screen = element.closest('.pj-screen') as HTMLElement | null;
  if (!screen) return 10;
  return Math.min(screen.clientWidth / 100, (screen.clientHeight * 16) / 9 / 100);
}

export interface ChartBox {
  width: number;
  height: number;
  /** One screen unit in px: chart type is sized in units like the slide's own. */
  unit: number;
}

/**
 * A chart from shared/charts, drawn to the size of its box (so its type stays the size the slide
 * asks for, on a 1024×768 projector and on a 4K screen alike). The builders escape every text and
 * emit only plain shapes and text (shared/charts/svg.ts); SvgMarkup checks that and inserts it
 * inline, not as an <img>, so its Thai text uses the page's Sarabun.
 */
export function Chart({ build, label, testId, className = '' }: { build: (box: ChartBox) => string; label: string; testId?: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<ChartBox | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = { width: Math.floor(element.clientWidth), height: Math.floor(element.clientHeight), unit: screenUnit(element) };
      setBox((current) => (current && current.width === next.width && current.height === next.height && current.unit === next.unit ? current : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const markup = useMemo(() => {
    if (!box || box.width < 40 || box.height < 40) return '';
    try {
      return build(box);
    } catch (error) {
      console.warn('[ruam projector] chart not drawn', error);
      return '';
    }
  }, [box, build]);
  return <SvgMarkup ref={ref} svg={markup} className={`pj-chart ${className}`.trim()} role="img" label={label} testId={testId} />;
}
