import type { ViewOf } from '../../../shared/projector/types';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';
import { VotingStatus } from './status';

/**
 * The question being answered: the component and its definition, the scale with each level's
 * name and description (or the options), the live count of answers and, while voting is open,
 * where to answer from a phone. No results.
 */
export function QuestionSlide({ view }: { view: ViewOf<'question'> }) {
  const { t } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify({ ...view, responses: 0 }));
  const component = view.component;
  const prompt = component ? withoutComponentPrefix(view.question, component.code, component.name) : view.question;
  return (
    <Slide
      kind="question"
      kicker={component ? t('projector.component', { code: component.code }) : t('projector.kinds.question')}
      heading={component ? component.name : view.question}
      fitRef={ref}
      fit={fit}
      status={
        <>
          <VotingStatus voting={view.voting} round={view.round} responses={view.responses} total={view.checkedIn} />
          {view.join && <JoinStrip join={view.join} />}
        </>
      }
    >
      {component && <TextBox className="pj-lead" text={component.definition} />}
      {component && prompt && <TextBox className="pj-prompt" text={prompt} testId="projector-question" />}
      {view.scale.length > 0 && (
        <ol className="pj-scale" aria-label={t('projector.question.scale')}>
          {view.scale.map((level) => (
            <li key={level.level} className="pj-scale-level">
              <span className="pj-scale-number" aria-hidden="true">
                {level.level}
              </span>
              <div className="pj-scale-text">
                <TextBox as="div" className="pj-scale-name" text={level.name} />
                <TextBox as="div" className="pj-scale-description" text={level.description} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {view.options.length > 0 && (
        <ol className="pj-options">
          {view.options.map((option, index) => (
            <li key={index} className="pj-option">
              <span className="pj-option-letter" aria-hidden="true">
                {String.fromCharCode(65 + (index % 26))}
              </span>
              <TextBox as="div" className="pj-option-label" text={option} />
            </li>
          ))}
        </ol>
      )}
      {view.askTarget && <TextBox className="pj-muted pj-note" text={t('projector.question.askTarget')} />}
    </Slide>
  );
}

/** Where to answer, for whoever has not joined yet: a small QR code, the address and the session code. */
function JoinStrip({ join }: { join: NonNullable<ViewOf<'question'>['join']> }) {
  const { t } = useSlide();
  return (
    <div className="pj-question-join" data-testid="projector-question-join">
      {join.qrSvg && <img className="pj-question-join-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(join.qrSvg)}`} alt={join.url} />}
      <div className="pj-question-join-text">
        <TextBox className="pj-label" text={t('projector.question.joinAt')} />
        <p className="pj-question-join-url" data-textbox="" data-testid="projector-question-join-url">
          {join.url.replace(/^https?:\/\//, '')}
        </p>
        <p className="pj-question-join-code" data-textbox="">
          {t('projector.join.code')} <strong>{join.sessionCode}</strong>
        </p>
      </div>
    </div>
  );
}

/** "03 การสร้างภาคีเครือข่าย: ปัจจุบัน…" → "ปัจจุบัน…": the slide already names the component. */
export function withoutComponentPrefix(question: string, code: string, name: string): string {
  const prefix = `${code} ${name}:`;
  if (!question.startsWith(prefix)) return question;
  const rest = question.slice(prefix.length).trim();
  // English reads "What level…", not "what level…", once it starts the line.
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
