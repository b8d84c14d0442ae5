import { useCallback } from 'react';
import { stakeholderGridSvg } from '../../../shared/charts/stakeholder-grid';
import type { ViewOf } from '../../../shared/projector/types';
import { Chart, type ChartBox } from '../Chart';
import { Slide, TextBox, useSlide } from '../slide';

/** The stakeholder map: influence × interest, Mendelow's four quadrants. */
export function StakeholdersSlide({ view }: { view: ViewOf<'stakeholders'> }) {
  const { t, contrast } = useSlide();
  const build = useCallback(
    (box: ChartBox) =>
      stakeholderGridSvg({
        stakeholders: view.stakeholders,
        quadrantLabels: view.quadrantLabels,
        axisLabels: { influence: t('projector.stakeholders.influence'), interest: t('projector.stakeholders.interest') },
        width: box.width,
        height: box.height,
        contrast,
        fontSize: Math.max(10, box.unit * 1.9),
      }),
    [view, contrast, t],
  );
  return (
    <Slide
      kind="stakeholders"
      heading={t('projector.kinds.stakeholders')}
      status={<TextBox className="pj-count" text={view.stakeholders.length === 0 ? t('projector.stakeholders.empty') : t('projector.stakeholders.count', { count: view.stakeholders.length })} />}
    >
      <Chart build={build} label={t('projector.kinds.stakeholders')} testId="projector-stakeholder-grid" className="pj-chart-fill" />
    </Slide>
  );
}
