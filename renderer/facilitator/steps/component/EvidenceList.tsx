import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEvidenceLink } from '../../../../shared/commands/outcomes/evidence-link';
import type { ComponentNotes } from '../../../../shared/domain/outcomes';
import { Icon } from '../../../ui/icons';
import { ThaiText } from '../../../ui/ThaiText';
import { useAppStore } from '../../../store/app-store';
import { SavedText, useRefusal } from './fields';
import { FieldProblem } from '../../../ui/FieldProblem';

const TEXT_MAX = 5000;
const URL_MAX = 2000;

/** Says in the UI's language why a link would be refused, before the host is asked. */
function useLinkCheck() {
  const { t } = useTranslation();
  return (url: string): string | null => (checkEvidenceLink(url).ok ? null : t('scoring.evidence.badLink'));
}

/**
 * Evidence for one component: what it is and, optionally, an https link (the minutes make it
 * clickable, so only https links to a named site are kept: shared/commands/outcomes/evidence-link.ts).
 */
export function EvidenceList({ componentId, evidence, lang }: { componentId: string; evidence: ComponentNotes['evidence']; lang: string }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const checkLink = useLinkCheck();
  const headingId = useId();
  return (
    <section className="entry-list evidence-list" aria-labelledby={headingId} data-testid="evidence">
      <h3 id={headingId} className="entry-list-title">
        <ThaiText text={t('scoring.evidence.title')} /> <span className="count-pill">{evidence.length}</span>
      </h3>
      <p className="field-hint">
        <ThaiText text={t('scoring.evidence.hint')} />
      </p>
      {evidence.length > 0 && (
        <ol className="entry-items">
          {evidence.map((item, index) => (
            <li key={item.id} className="evidence-item">
              <SavedText
                className="evidence-text"
                value={item.text}
                label={t('scoring.evidence.itemText', { number: index + 1 })}
                labelHidden
                wrap
                testId={`evidence-text-${index + 1}`}
                maxLength={TEXT_MAX}
                lang={lang}
                check={(text) => (text.trim() === '' && item.url === '' ? t('scoring.evidence.empty') : null)}
                onSave={(text) => dispatch({ type: 'evidence.update', payload: { componentId, evidenceId: item.id, text } })}
              />
              <SavedText
                className="evidence-url"
                value={item.url}
                label={t('scoring.evidence.itemLink', { number: index + 1 })}
                labelHidden
                testId={`evidence-url-${index + 1}`}
                maxLength={URL_MAX}
                placeholder="https://"
                check={(url) => checkLink(url) ?? (url.trim() === '' && item.text === '' ? t('scoring.evidence.empty') : null)}
                onSave={(url) => dispatch({ type: 'evidence.update', payload: { componentId, evidenceId: item.id, url: url.trim() } })}
              />
              <div className="evidence-tools">
                {item.url !== '' && (
                  <a className="icon-button" href={item.url} target="_blank" rel="noopener noreferrer" title={t('scoring.evidence.open')} aria-label={t('scoring.evidence.open')}>
                    <Icon name="next" />
                  </a>
                )}
                <button
                  type="button"
                  className="icon-button icon-button-danger"
                  data-testid={`evidence-remove-${index + 1}`}
                  aria-label={t('scoring.evidence.remove', { number: index + 1 })}
                  title={t('scoring.evidence.remove', { number: index + 1 })}
                  onClick={() => void dispatch({ type: 'evidence.remove', payload: { componentId, evidenceId: item.id } })}
                >
                  <Icon name="remove" />
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <NewEvidence componentId={componentId} lang={lang} />
    </section>
  );
}

function NewEvidence({ componentId, lang }: { componentId: string; lang: string }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const checkLink = useLinkCheck();
  const refusal = useRefusal();
  const id = useId();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async () => {
    const described = text.trim();
    const link = url.trim();
    const found = checkLink(link) ?? (described === '' && link === '' ? t('scoring.evidence.empty') : null);
    setProblem(found);
    if (found) return;
    const ok = await dispatch({ type: 'evidence.add', payload: { componentId, text: described, url: link } });
    if (ok) {
      setText('');
      setUrl('');
      document.getElementById(`${id}-text`)?.focus();
    } else {
      setProblem(refusal());
    }
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void add();
    }
  };

  return (
    <div className="evidence-new">
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t('scoring.evidence.newText')}
      </label>
      <input
        id={`${id}-text`}
        className="input input-new"
        type="text"
        data-testid="evidence-new-text"
        value={text}
        placeholder={t('scoring.evidence.newTextPlaceholder')}
        maxLength={TEXT_MAX}
        lang={lang}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      <label className="visually-hidden" htmlFor={`${id}-url`}>
        {t('scoring.evidence.newLink')}
      </label>
      <input
        id={`${id}-url`}
        className="input input-new"
        type="url"
        data-testid="evidence-new-url"
        value={url}
        placeholder="https://"
        maxLength={URL_MAX}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setUrl(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button" data-testid="evidence-add" onClick={() => void add()}>
        <Icon name="plus" size={18} />
        {t('scoring.entries.add')}
      </button>
      {problem && (
        <FieldProblem id={`${id}-problem`}>
          <ThaiText text={problem} />
        </FieldProblem>
      )}
    </div>
  );
}
