import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Keeping a slide inside the screen, whatever the projector and the data. A slide's type is sized
 * from the screen (CSS container units); when the content is longer than usual (a long question,
 * forty actions, a hundred answers), `useFit` shrinks the type a step at a time, then shows fewer
 * items ("and 12 more"), then shrinks a little more, until nothing overflows. Nothing is clipped
 * and nothing scrolls: a projector has no scroll bar.
 */

/**
 * How much of `root` fits: 1 when nothing overflows, else the smallest box ÷ content ratio among
 * the root, its fitted regions and its text boxes (height or width, whichever is worse).
 */
export function fitRatio(root: HTMLElement): number {
  let ratio = 1;
  for (const box of [root, ...root.querySelectorAll<HTMLElement>('[data-fit-region], [data-textbox]')]) {
    if (box.scrollHeight > box.clientHeight + 1) ratio = Math.min(ratio, box.clientHeight / box.scrollHeight);
    if (box.scrollWidth > box.clientWidth + 1) ratio = Math.min(ratio, box.clientWidth / box.scrollWidth);
  }
  return ratio;
}

/** Is anything in `root` larger than its box? Regions and text boxes are marked with data attributes. */
export function overflows(root: HTMLElement): boolean {
  return fitRatio(root) < 1;
}

export interface Fit {
  /** Multiply type sizes by this (set as `--fit` on the slide). */
  scale: number;
  /** How many of the items to show. */
  shown: number;
}

const STEP = 0.06;
/** Shrink the type to this before dropping items: a few readable answers beat many unreadable ones. */
const ITEMS_FROM = 0.82;

export function useFit<T extends HTMLElement>(
  /** Changes whenever the content does (a new slide, new data). */
  contentKey: string,
  options: { items?: number; minScale?: number; itemsFrom?: number } = {},
): { ref: React.RefObject<T | null>; fit: Fit } {
  const items = options.items ?? 0;
  const minScale = options.minScale ?? 0.5;
  const ref = useRef<T>(null);
  const [generation, setGeneration] = useState(0);
  const key = `${contentKey}\u0000${items}\u0000${generation}`;
  const [state, setState] = useState({ key, scale: 1, shown: items });
  let fit = state;
  if (state.key !== key) {
    fit = { key, scale: 1, shown: items };
    setState(fit);
  }

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || fit.key !== key) return;
    const ratio = fitRatio(element);
    if (ratio >= 1) return;
    // Each step measures (a layout) and renders again, and the projector waits for it: jump close
    // to the answer instead of creeping towards it. Wrapped text grows with the square of its size,
    // so the square root of the shortfall is about right; always at least one small step.
    const itemsFrom = options.itemsFrom ?? ITEMS_FROM;
    // Nearly fitting: a little smaller type beats hiding an item.
    const nearly = ratio >= 0.9;
    const canDrop = items > 1 && fit.shown > 1;
    const dropItems = canDrop && fit.scale <= itemsFrom + 1e-9 && (!nearly || fit.scale <= minScale + 1e-9);
    if (!dropItems && fit.scale > minScale + 1e-9) {
      const floor = canDrop && !nearly ? Math.max(minScale, itemsFrom) : minScale;
      const target = Math.min(fit.scale - STEP / 2, fit.scale * Math.sqrt(ratio));
      setState({ ...fit, scale: Math.max(floor, Math.floor(target * 100) / 100) });
    } else if (fit.shown > 1) {
      setState({ ...fit, shown: Math.max(1, Math.min(fit.shown - 1, Math.floor(fit.shown * ratio))) });
    }
  });

  // A new size (window resized, moved to the projector) or the font arriving: fit again from the top.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last = '';
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      const size = `${element.clientWidth}x${element.clientHeight}`;
      if (last !== '' && size !== last) setGeneration((g) => g + 1);
      last = size;
    });
    observer?.observe(element);
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    const refit = () => setGeneration((g) => g + 1);
    fonts?.addEventListener?.('loadingdone', refit);
    return () => {
      observer?.disconnect();
      fonts?.removeEventListener?.('loadingdone', refit);
    };
  }, []);

  return { ref, fit: { scale: fit.scale, shown: fit.shown } };
}

/** The size of an element's box, following it (for charts drawn to fit). */
export function useBoxSize<T extends HTMLElement>(): { ref: React.RefObject<T | null>; size: { width: number; height: number } | null } {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((current) => (current && current.width === width && current.height === height ? current : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, size };
}
