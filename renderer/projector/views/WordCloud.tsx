import type { ViewOf } from '../../../shared/projector/types';
import { OKABE_ITO } from '../../../shared/charts/palette';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';

/**
 * Text colours from the Okabe–Ito palette that read on white at a word's size: not its yellow,
 * orange or sky blue, which are for lines and fills. Colour only tells neighbours apart; size
 * carries the frequency.
 */
const WORD_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, '#14213d', OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple] as const;
const HIGH_CONTRAST_WORDS = ['#000000'] as const;

/**
 * The word cloud: whole words (segmented on the host), sized by frequency, in the host's
 * deterministic order — the most frequent in the middle. Laid out as centred lines that wrap, so
 * it fits any screen shape without overlapping; colours from the colour-blind-safe series.
 */
export function WordCloudSlide({ view }: { view: ViewOf<'wordCloud'> }) {
  const { t, contrast } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view), { minScale: 0.35 });
  const series = contrast === 'high' ? HIGH_CONTRAST_WORDS : WORD_COLOURS;
  return (
    <Slide
      kind="wordCloud"
      kicker={t('projector.kinds.wordCloud')}
      heading={view.question}
      fitRef={ref}
      fit={fit}
      status={view.answers > 0 ? <TextBox className="pj-count" text={t('projector.wordCloud.from', { count: view.answers })} /> : undefined}
    >
      {view.words.length === 0 ? (
        <TextBox className="pj-notice pj-notice-large" text={t('projector.wordCloud.empty')} />
      ) : (
        <ul className="pj-cloud" data-testid="projector-word-cloud" data-fit-region="">
          {view.words.map((word, index) => (
            <li
              key={word.text}
              className={`pj-cloud-word pj-weight-${word.weight}`}
              style={{ color: series[index % series.length] }}
              data-count={word.count}
              title={String(word.count)}
            >
              {word.text}
            </li>
          ))}
        </ul>
      )}
    </Slide>
  );
}
