import { useMemo } from 'react';
import { representationSvg, type RepresentationRow as ChartRow } from '../../../shared/charts/representation';
import type { RepresentationRow, ViewOf } from '../../../shared/projector/types';
import { Chart, type ChartBox } from '../Chart';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';

/** A row for the chart: a suppressed count draws neither its number nor a bar that would give it away. */
function chartRow(row: RepresentationRow): ChartRow {
  const flag = row.status === 'missing' ? 'missing' : row.status === 'thin' ? 'thin' : undefined;
  if (row.count.kind === 'exact') return { label: row.label, count: row.count.value, flag };
  return { label: row.label, count: 0, suppressed: true, flag };
}

/**
 * Who is in the room, by sector (and by social group, for those who chose to say), with the gaps
 * read out: principle P4, equality of social groups. Small groups read "fewer than N".
 */
export function RepresentationSlide({ view }: { view: ViewOf<'representation'> }) {
  const { t, contrast } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view), { items: view.sentences.length });
  const chart = (rows: RepresentationRow[], title: string) => (box: ChartBox) =>
    representationSvg({
      rows: rows.map(chartRow),
      title,
      labels: {
        // One note for every withheld number ("fewer than N", or withheld so a small one cannot be
        // worked out); the flag beside a small group already says it is thin, the footnote why.
        suppressed: t('projector.representation.withheld'),
        missing: t('projector.representation.missing'),
        thin: t('projector.representation.thin'),
      },
      width: box.width,
      height: box.height,
      contrast,
      fontSize: Math.max(10, box.unit * 1.8 * fit.scale),
    });
  const sectors = useMemo(() => chart(view.sectors, t('projector.representation.sectors')), [view, contrast, t, fit.scale]);
  const groups = useMemo(() => chart(view.socialGroups, t('projector.representation.socialGroups', { count: view.groupsDeclaredBy })), [view, contrast, t, fit.scale]);
  return (
    <Slide
      kind="representation"
      heading={t('projector.representation.heading')}
      fitRef={ref}
      fit={fit}
      status={<TextBox className="pj-muted pj-note" text={t('projector.representation.note', { min: view.minGroupSize })} />}
    >
      <div className="pj-representation">
        <div className={`pj-representation-charts${view.socialGroups.length > 0 ? ' pj-two' : ''}`}>
          <Chart build={sectors} label={t('projector.representation.sectors')} testId="projector-representation-sectors" />
          {view.socialGroups.length > 0 && <Chart build={groups} label={t('projector.representation.socialGroups', { count: view.groupsDeclaredBy })} />}
        </div>
        <div className="pj-representation-side" data-fit-region="">
          <p className="pj-big-number" data-textbox="" data-testid="projector-checked-in">
            {view.checkedIn}
          </p>
          <TextBox className="pj-label" text={t('projector.representation.checkedIn', { count: view.checkedIn })} />
          <ul className="pj-sentences">
            {view.sentences.slice(0, fit.shown).map((sentence, index) => (
              <li key={index} className={`pj-sentence pj-sentence-${sentence.severity}`}>
                <TextBox as="div" text={sentence.text} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Slide>
  );
}
