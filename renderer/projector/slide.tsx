import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Contrast } from '../../shared/charts/palette';
import type { Language } from '../../shared/domain/text';
import { ThaiText } from '../ui/ThaiText';
import type { Fit } from './fit';

/** What every slide may know about the screen it is on. */
export interface ScreenContext {
  language: Language;
  contrast: Contrast;
}

export const ScreenContext = createContext<ScreenContext>({ language: 'th', contrast: 'standard' });

/**
 * The slide's own words, in the workshop's language (not the facilitator's UI language: the
 * thumbnail in the facilitator window shows exactly what the room reads).
 */
export function useSlide(): ScreenContext & { t: TFunction } {
  const screen = useContext(ScreenContext);
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(screen.language), [i18n, screen.language]);
  return { ...screen, t };
}

/** Numbers as the room reads them: "2.5", "73%". */
export function formatLevel(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

export function fitStyle(fit: Fit): CSSProperties {
  return { '--fit': String(fit.scale) } as CSSProperties;
}

/** Thai text that breaks only between words, in a block that the overflow check watches. */
export function TextBox({ as: Tag = 'p', className, text, children, testId }: { as?: 'p' | 'h1' | 'h2' | 'h3' | 'div' | 'li'; className?: string; text?: string; children?: ReactNode; testId?: string }) {
  return (
    <Tag className={className} data-textbox="" data-testid={testId}>
      {text !== undefined ? <ThaiText text={text} /> : children}
    </Tag>
  );
}

/**
 * The frame most slides share: a kicker and a heading at the top, the body filling the rest, a
 * status line at the bottom. The body is the region that must not overflow.
 */
export function Slide({
  kind,
  kicker,
  heading,
  status,
  children,
  fitRef,
  fit,
  className = '',
}: {
  kind: string;
  kicker?: string | null;
  heading?: string | null;
  status?: ReactNode;
  children?: ReactNode;
  fitRef?: React.RefObject<HTMLElement | null>;
  fit?: Fit;
  className?: string;
}) {
  return (
    <section
      className={`pj-slide pj-slide-${kind} ${className}`.trim()}
      ref={fitRef as React.RefObject<HTMLElement>}
      style={fit ? fitStyle(fit) : undefined}
      data-testid={`projector-view-${kind}`}
    >
      {(kicker || heading) && (
        <header className="pj-head">
          {kicker && <TextBox className="pj-kicker" text={kicker} />}
          {heading && <TextBox as="h1" className="pj-heading" text={heading} testId="projector-heading" />}
        </header>
      )}
      <div className="pj-body" data-fit-region="">
        {children}
      </div>
      {status && <footer className="pj-status">{status}</footer>}
    </section>
  );
}
