import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  layoutStakeholderGrid,
  quadrantOf,
  stakeholderGridSvg,
  type Quadrant,
  type StakeholderGridLayout,
  type StakeholderGridOptions,
} from '../../../../shared/charts/stakeholder-grid';
import type { Stakeholder } from '../../../../shared/domain/stakeholders';
import { pick, type Language } from '../../../../shared/domain/text';
import { QUADRANT_LABELS } from '../../../../shared/people/quadrant-labels';
import { useAppStore } from '../../../store/app-store';
import { ChartSvg } from '../participants/ChartSvg';
import { useViewportHeight, useWidth } from '../participants/use-width';
import { cellAt, samePlace, stepFrom, type GridPlace } from './grid-geometry';

/** Pixels a pointer must travel before a press on a card becomes a drag (a click opens the card). */
const DRAG_THRESHOLD = 4;

interface StakeholderGridProps {
  stakeholders: readonly Stakeholder[];
  language: Language;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** A quadrant's name in the UI's language only (no English in Thai mode, no Thai in English mode). */
export function quadrantTitle(quadrant: Quadrant, language: Language): string {
  return pick(QUADRANT_LABELS[quadrant], language);
}

/**
 * The grid's size: the width it is given, and a height that keeps the whole grid (both axes) on
 * the screen under the step's heading and toolbar — a facilitator drags between corners without
 * scrolling — but never so flat that cards do not fit.
 */
export function gridSize(width: number, viewportHeight: number): { width: number; height: number; fontSize: number } {
  const w = Math.max(320, width);
  const fitsScreen = viewportHeight - 330;
  const height = Math.round(Math.max(380, Math.min(620, w * 0.62, fitsScreen)));
  return { width: w, height, fontSize: Math.min(19, Math.max(14, w / 48)) };
}

/**
 * Mendelow's influence × interest grid, drawn by `stakeholderGridSvg` — the very SVG the projector
 * and the minutes show — with a focusable, draggable button laid over each card from the same
 * layout (`layoutStakeholderGrid`, same options, so they line up to the pixel).
 *
 * Pointer: drag a card to another cell; `stakeholder.move` is dispatched once, on drop. Keyboard:
 * focus a card, arrows move it one step (the grid redraws with it there), Enter puts it down
 * (one move), Escape puts it back; each step is announced with its quadrant.
 */
export function StakeholderGrid({ stakeholders, language, selectedId, onOpen }: StakeholderGridProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const stage = useRef<HTMLDivElement>(null);
  const size = gridSize(useWidth(stage), useViewportHeight());
  // A card being moved by keyboard (`moving`), or dropped and not yet confirmed by the host: drawn there.
  const [override, setOverride] = useState<{ id: string; place: GridPlace; moving: boolean } | null>(null);
  // The card last moved by keyboard is drawn first in its cell, so a crowded cell never hides it (and its focus).
  const [pinned, setPinned] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [overflowOpen, setOverflowOpen] = useState<string | null>(null);

  const byId = useMemo(() => new Map(stakeholders.map((s) => [s.id, s])), [stakeholders]);

  const options: StakeholderGridOptions | null = useMemo(() => {
    if (size.width < 50) return null;
    const onGrid = stakeholders.map((s) => {
      const place = override && override.id === s.id ? override.place : s;
      return { id: s.id, name: s.name, influence: place.influence, interest: place.interest };
    });
    const first = override?.id ?? pinned;
    if (first) onGrid.sort((a, b) => Number(b.id === first) - Number(a.id === first));
    return {
      stakeholders: onGrid,
      quadrantLabels: {
        manageClosely: quadrantTitle('manageClosely', language),
        keepSatisfied: quadrantTitle('keepSatisfied', language),
        keepInformed: quadrantTitle('keepInformed', language),
        monitor: quadrantTitle('monitor', language),
      },
      axisLabels: { influence: t('people.grid.influenceAxis'), interest: t('people.grid.interestAxis') },
      width: size.width,
      height: size.height,
      fontSize: size.fontSize,
    };
  }, [stakeholders, override, pinned, language, size.width, size.height, size.fontSize, t]);

  const layout = useMemo(() => (options ? layoutStakeholderGrid(options) : null), [options]);
  const svg = useMemo(() => (options ? stakeholderGridSvg(options) : ''), [options]);

  const describe = useCallback(
    (name: string, place: GridPlace) => ({
      name,
      influence: place.influence,
      interest: place.interest,
      quadrant: QUADRANT_LABELS[quadrantOf(place.influence, place.interest)][language],
    }),
    [language],
  );

  const move = useCallback(
    async (id: string, place: GridPlace) => {
      const before = byId.get(id);
      if (!before) return;
      if (samePlace(before, place)) {
        setOverride(null);
        return;
      }
      setOverride({ id, place, moving: false });
      const ok = await dispatch({ type: 'stakeholder.move', payload: { id, influence: place.influence, interest: place.interest } });
      setOverride((o) => (o && o.id === id && !o.moving ? null : o));
      setAnnouncement(ok ? t('people.grid.moved', describe(before.name, place)) : t('people.grid.moveFailed', { name: before.name }));
    },
    [byId, dispatch, describe, t],
  );

  // ── Keyboard ──
  const onCardKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, id: string) => {
    const s = byId.get(id);
    if (!s) return;
    const moving = override?.moving && override.id === id ? override : null;
    const next = stepFrom(moving?.place ?? s, event.key);
    if (next && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      setPinned(id);
      setOverride({ id, place: next, moving: true });
      setAnnouncement(t('people.grid.moving', describe(s.name, next)));
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (moving) void move(id, moving.place);
      else onOpen(id);
    } else if (event.key === 'Escape' && moving) {
      event.preventDefault();
      event.stopPropagation();
      setOverride(null);
      setAnnouncement(t('people.grid.cancelled', { name: s.name }));
    }
  };
  const onCardBlur = (id: string) => {
    // Tabbing away puts a card down where it was moved to: what the facilitator sees is what is kept.
    if (override?.moving && override.id === id) void move(id, override.place);
  };

  // ── Pointer ──
  const drag = useRef<{
    id: string;
    pointerId: number;
    startX: number;
    startY: number;
    offsetX: number;
    offsetY: number;
    stageLeft: number;
    stageTop: number;
    dragging: boolean;
    target: GridPlace | null;
    lastX: number;
    lastY: number;
  } | null>(null);
  const ghost = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<{ id: string; width: number; height: number } | null>(null);
  const [target, setTarget] = useState<GridPlace | null>(null);

  const onPointerDown = (event: React.PointerEvent<HTMLButtonElement>, card: Card) => {
    if (event.button !== 0 || !stage.current) return;
    const rect = stage.current.getBoundingClientRect();
    drag.current = {
      id: card.id,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      offsetX: event.clientX - rect.left - card.x,
      offsetY: event.clientY - rect.top - card.y,
      stageLeft: rect.left,
      stageTop: rect.top,
      dragging: false,
      target: null,
      lastX: 0,
      lastY: 0,
    };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLButtonElement>, card: Card) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId || !layout) return;
    if (!d.dragging) {
      if (Math.hypot(event.clientX - d.startX, event.clientY - d.startY) < DRAG_THRESHOLD) return;
      d.dragging = true;
      // Marked through the DOM, not props: starting a drag must not re-render 200 card buttons.
      event.currentTarget.classList.add('grid-card-dragging');
      setDragging({ id: d.id, width: card.width, height: card.height });
    }
    const x = event.clientX - d.stageLeft;
    const y = event.clientY - d.stageTop;
    d.lastX = x;
    d.lastY = y;
    // The ghost follows the pointer through the CSSOM (no React render per frame).
    if (ghost.current) ghost.current.style.transform = `translate(${x - d.offsetX}px, ${y - d.offsetY}px)`;
    const place = cellAt(layout, x, y);
    if (!d.target || !samePlace(d.target, place)) {
      d.target = place;
      setTarget(place);
    }
  };
  const endDrag = (event: React.PointerEvent<HTMLButtonElement>, cancelled: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.classList.remove('grid-card-dragging');
    setDragging(null);
    setTarget(null);
    if (!d.dragging) {
      if (!cancelled) onOpen(d.id);
      return;
    }
    if (!cancelled && d.target) void move(d.id, d.target);
  };

  // The ghost appears where the pointer is (later moves place it directly).
  useLayoutEffect(() => {
    const d = drag.current;
    if (dragging && d && ghost.current) ghost.current.style.transform = `translate(${d.lastX - d.offsetX}px, ${d.lastY - d.offsetY}px)`;
  }, [dragging]);

  // Stable handlers for the card buttons, so a drag's re-render (the target cell) skips the 200 buttons.
  const latest = useRef({ onCardKeyDown, onCardBlur, onPointerDown, onPointerMove, endDrag, onOpen });
  latest.current = { onCardKeyDown, onCardBlur, onPointerDown, onPointerMove, endDrag, onOpen };
  const cardEvents = useMemo<CardEvents>(
    () => ({
      keyDown: (event, id) => latest.current.onCardKeyDown(event, id),
      blur: (id) => latest.current.onCardBlur(id),
      pointerDown: (event, card) => latest.current.onPointerDown(event, card),
      pointerMove: (event, card) => latest.current.onPointerMove(event, card),
      pointerUp: (event) => latest.current.endDrag(event, false),
      pointerCancel: (event) => latest.current.endDrag(event, true),
      open: (id) => latest.current.onOpen(id),
    }),
    [],
  );

  useEffect(() => {
    if (!overflowOpen) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOverflowOpen(null);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [overflowOpen]);

  const targetCell = target && layout ? layout.cells.find((c) => c.influence === target.influence && c.interest === target.interest) : null;
  const draggedName = dragging ? (byId.get(dragging.id)?.name ?? '') : '';

  return (
    <div className="grid-wrap">
      <div ref={stage} className={`grid-stage${dragging ? ' grid-dragging' : ''}`} data-testid="stakeholder-grid" style={{ height: size.height }}>
        {options && <ChartSvg svg={svg} className="grid-svg" testId="stakeholder-grid-svg" />}
        {layout && (
          <CardOverlays
            layout={layout}
            stakeholders={stakeholders}
            language={language}
            selectedId={selectedId}
            movingId={override?.moving ? override.id : null}
            events={cardEvents}
          />
        )}
        {layout?.overflow.map((more) => {
          const key = `${more.influence}:${more.interest}`;
          return (
            <div key={key} className="grid-more-anchor" style={{ left: more.x, top: more.y, width: more.width, height: more.height }}>
              <button
                type="button"
                className="grid-more"
                data-testid={`grid-more-${key}`}
                aria-expanded={overflowOpen === key}
                aria-label={t('people.grid.more', { count: more.hiddenIds.length })}
                onClick={() => setOverflowOpen(overflowOpen === key ? null : key)}
              />
              {overflowOpen === key && (
                <ul className="grid-more-menu" role="list">
                  {more.hiddenIds.map((id) => (
                    <li key={id}>
                      <button
                        type="button"
                        className="grid-more-item"
                        onClick={() => {
                          setOverflowOpen(null);
                          onOpen(id);
                        }}
                      >
                        {byId.get(id)?.name ?? id}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {targetCell && <div className="grid-drop-target" aria-hidden="true" style={{ left: targetCell.x, top: targetCell.y, width: targetCell.width, height: targetCell.height }} />}
        {dragging && (
          <div ref={ghost} className="grid-ghost" aria-hidden="true" style={{ width: dragging.width, height: dragging.height }}>
            {draggedName}
          </div>
        )}
      </div>
      <p className="field-hint grid-keys-hint" id="grid-keys-hint">
        {t('people.grid.keysHint')}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="grid-announcement">
        {announcement}
      </p>
    </div>
  );
}

type Card = StakeholderGridLayout['cards'][number];

interface CardEvents {
  keyDown: (event: React.KeyboardEvent<HTMLButtonElement>, id: string) => void;
  blur: (id: string) => void;
  pointerDown: (event: React.PointerEvent<HTMLButtonElement>, card: Card) => void;
  pointerMove: (event: React.PointerEvent<HTMLButtonElement>, card: Card) => void;
  pointerUp: (event: React.PointerEvent<HTMLButtonElement>) => void;
  pointerCancel: (event: React.PointerEvent<HTMLButtonElement>) => void;
  open: (id: string) => void;
}

interface CardOverlaysProps {
  layout: StakeholderGridLayout;
  stakeholders: readonly Stakeholder[];
  language: Language;
  selectedId: string | null;
  movingId: string | null;
  events: CardEvents;
}

/**
 * One button per card shown, in register order (not layout order): the DOM order — and so the
 * Tab order and the focus — stays put while cards move between cells.
 */
const CardOverlays = memo(function CardOverlays({
  layout,
  stakeholders,
  language,
  selectedId,
  movingId,
  events,
}: CardOverlaysProps) {
  const { t } = useTranslation();
  const boxes = new Map(layout.cards.map((card) => [card.id, card]));
  return (
    <div className="grid-overlay">
      {stakeholders.map((s) => {
        const card = boxes.get(s.id);
        if (!card) return null;
        const label = t('people.grid.cardLabel', {
          name: s.name,
          influence: card.influence,
          interest: card.interest,
          quadrant: QUADRANT_LABELS[card.quadrant][language],
        });
        const classes = ['grid-card', s.id === selectedId && 'grid-card-selected', s.id === movingId && 'grid-card-moving']
          .filter(Boolean)
          .join(' ');
        return (
          <button
            key={s.id}
            type="button"
            className={classes}
            style={{ left: card.x, top: card.y, width: card.width, height: card.height }}
            data-testid={`grid-card-${s.id}`}
            data-influence={card.influence}
            data-interest={card.interest}
            aria-label={label}
            aria-describedby="grid-keys-hint"
            title={s.name}
            onKeyDown={(event) => events.keyDown(event, s.id)}
            onBlur={() => events.blur(s.id)}
            onPointerDown={(event) => events.pointerDown(event, card)}
            onPointerMove={(event) => events.pointerMove(event, card)}
            onPointerUp={events.pointerUp}
            onPointerCancel={events.pointerCancel}
            // A mouse opens the card on pointer-up (a drag does not); Enter and Space are handled on
            // keydown. A click with no pointer behind it (a screen reader's) opens it here.
            onClick={(event) => {
              if (event.detail === 0) events.open(s.id);
            }}
          />
        );
      })}
    </div>
  );
});
