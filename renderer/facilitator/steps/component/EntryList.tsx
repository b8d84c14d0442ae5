import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icons';
import { ThaiText } from '../../../ui/ThaiText';
import { SavedText, useRefusal } from './fields';
import { FieldProblem } from '../../../ui/FieldProblem';

export interface Entry {
  id: string;
  text: string;
}

interface EntryListProps {
  title: string;
  /** One line under the title: what belongs in this list. */
  hint?: string;
  entries: readonly Entry[];
  /** data-testid prefix: `${testId}-new`, `${testId}-add`, `${testId}-item-N`, `${testId}-remove-N`. */
  testId: string;
  placeholder: string;
  maxLength: number;
  lang?: string;
  onAdd: (text: string) => Promise<boolean>;
  onUpdate: (entryId: string, text: string) => Promise<boolean>;
  onRemove: (entryId: string) => Promise<boolean>;
  /** More buttons for an entry (e.g. "make an action of this gap"). */
  entryTools?: (entry: Entry, index: number) => React.ReactNode;
}

/**
 * A list of one-line entries (strengths, gaps, ideas): each editable in place, removable, and a
 * field at the end where Enter adds. Every change is one command.
 */
export function EntryList({ title, hint, entries, testId, placeholder, maxLength, lang, onAdd, onUpdate, onRemove, entryTools }: EntryListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="entry-list" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className="entry-list-title">
        <ThaiText text={title} /> <span className="count-pill">{entries.length}</span>
      </h3>
      {hint && (
        <p className="field-hint">
          <ThaiText text={hint} />
        </p>
      )}
      {entries.length > 0 && (
        <ol className="entry-items">
          {entries.map((entry, index) => (
            <li key={entry.id} className="entry-item">
              <SavedText
                className="entry-text"
                value={entry.text}
                label={t('scoring.entries.item', { list: title, number: index + 1 })}
                labelHidden
                wrap
                testId={`${testId}-item-${index + 1}`}
                maxLength={maxLength}
                lang={lang}
                check={(text) => (text.trim() === '' ? t('scoring.entries.emptyUseRemove') : null)}
                onSave={(text) => onUpdate(entry.id, text.trim())}
              />
              {entryTools?.(entry, index)}
              <button
                type="button"
                className="icon-button icon-button-danger"
                data-testid={`${testId}-remove-${index + 1}`}
                aria-label={t('scoring.entries.remove', { list: title, number: index + 1 })}
                title={t('scoring.entries.remove', { list: title, number: index + 1 })}
                onClick={() => void onRemove(entry.id)}
              >
                <Icon name="remove" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <AddLine label={t('scoring.entries.new', { list: title })} placeholder={placeholder} testId={testId} maxLength={maxLength} lang={lang} onAdd={onAdd} />
    </section>
  );
}

interface AddLineProps {
  label: string;
  placeholder: string;
  testId: string;
  maxLength: number;
  lang?: string;
  onAdd: (text: string) => Promise<boolean>;
}

/** Type, then Enter (or the button) adds; the text stays if the host refuses it. */
export function AddLine({ label, placeholder, testId, maxLength, lang, onAdd }: AddLineProps) {
  const { t } = useTranslation();
  const refusal = useRefusal();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const add = async () => {
    const line = text.trim();
    if (line === '') {
      setProblem(t('scoring.entries.emptyNew'));
      return;
    }
    if (await onAdd(line)) {
      setText('');
      setProblem(null);
    } else {
      setProblem(refusal());
    }
    input.current?.focus();
  };
  return (
    <div className="entry-new">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <div className="input-with-button">
        <input
          ref={input}
          id={id}
          className="input input-new"
          type="text"
          data-testid={`${testId}-new`}
          value={text}
          placeholder={placeholder}
          maxLength={maxLength}
          lang={lang}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" className="icon-button icon-button-add" data-testid={`${testId}-add`} aria-label={label} title={label} onClick={() => void add()}>
          <Icon name="plus" />
        </button>
      </div>
      {problem && (
        <FieldProblem id={`${id}-problem`}>
          <ThaiText text={problem} />
        </FieldProblem>
      )}
    </div>
  );
}
