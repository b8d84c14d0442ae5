import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icons';
import { useDraft } from './use-draft';

interface ListEditorProps {
  label: string;
  items: readonly string[];
  /** Sends the whole new list (one meta.update, one undo step). */
  onChange: (items: string[]) => Promise<unknown>;
  testId: string;
  newPlaceholder: string;
  emptyText: string;
  maxLength: number;
  maxItems: number;
  /** Paragraph items (objectives, agenda) wrap and take Shift+Enter for a new line. */
  multiline?: boolean;
  lang?: string;
}

/**
 * An editable list: each item edits in place (kept on blur or Enter), moves up or down, or goes;
 * a last row adds a new item. Test ids: `<testId>-item-<i>`, `-up-<i>`, `-down-<i>`, `-remove-<i>`,
 * `-new`, `-add` (i from 0).
 */
export function ListEditor({ label, items, onChange, testId, newPlaceholder, emptyText, maxLength, maxItems, multiline, lang }: ListEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const container = useRef<HTMLDivElement>(null);
  const [newText, setNewText] = useState('');

  // Edits can follow each other faster than the host's snapshots (blur an item, then click
  // "remove" on another): each change builds on the last one sent, not on a stale render.
  const pending = useRef<readonly string[] | null>(null);
  const latest = () => pending.current ?? items;
  const send = (next: string[]) => {
    pending.current = next;
    void onChange(next).finally(() => {
      if (pending.current === next) pending.current = null;
    });
  };

  const focus = (suffix: string) => {
    // After the list re-renders, put focus where the user's hand is.
    requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(`[data-testid="${testId}-${suffix}"]`)?.focus());
  };

  const editItem = (index: number, text: string) => {
    const current = latest();
    if (current[index] === text) return;
    send(current.map((item, i) => (i === index ? text : item)));
  };
  const move = (index: number, by: -1 | 1) => {
    const current = [...latest()];
    const target = index + by;
    if (target < 0 || target >= current.length) return;
    [current[index], current[target]] = [current[target]!, current[index]!];
    send(current);
    const edge = (by === -1 && target === 0) || (by === 1 && target === current.length - 1);
    focus(edge ? `${by === -1 ? 'down' : 'up'}-${target}` : `${by === -1 ? 'up' : 'down'}-${target}`);
  };
  const remove = (index: number) => {
    const current = latest();
    send(current.filter((_, i) => i !== index));
    focus(current.length > 1 ? `remove-${Math.min(index, current.length - 2)}` : 'new');
  };
  const add = () => {
    const text = newText.trim();
    if (!text || latest().length >= maxItems) return;
    send([...latest(), text]);
    setNewText('');
  };

  const newId = `${headingId}-new`;
  return (
    <div className="list-editor" data-testid={testId} ref={container} role="group" aria-labelledby={headingId}>
      <p className="field-label" id={headingId}>
        {label}
      </p>
      {items.length === 0 ? (
        <p className="list-empty">{emptyText}</p>
      ) : (
        <ol className="list-items">
          {items.map((item, index) => (
            <ListItem
              // Items are plain strings and may repeat; the position is their identity here.
              key={index}
              index={index}
              count={items.length}
              value={item}
              label={label}
              testId={testId}
              maxLength={maxLength}
              multiline={multiline}
              lang={lang}
              onCommit={(text) => editItem(index, text)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      <div className="list-new">
        <label className="visually-hidden" htmlFor={newId}>
          {t('list.newItem', { list: label })}
        </label>
        <input
          id={newId}
          className="input"
          type="text"
          data-testid={`${testId}-new`}
          value={newText}
          placeholder={newPlaceholder}
          maxLength={maxLength}
          lang={lang}
          autoComplete="off"
          onChange={(event) => setNewText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" data-testid={`${testId}-add`} onClick={add} disabled={!newText.trim() || items.length >= maxItems}>
          <Icon name="plus" size={18} />
          {t('list.add')}
        </button>
      </div>
    </div>
  );
}

interface ListItemProps {
  index: number;
  count: number;
  value: string;
  label: string;
  testId: string;
  maxLength: number;
  multiline?: boolean | undefined;
  lang?: string | undefined;
  onCommit: (text: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function ListItem({ index, count, value, label, testId, maxLength, multiline, lang, onCommit, onMove, onRemove }: ListItemProps) {
  const { t } = useTranslation();
  const number = String(index + 1);
  const draft = useDraft(value, (text) => {
    const next = text.trim();
    if (next !== value) onCommit(next);
    return true;
  });
  const common = {
    className: 'input',
    'data-testid': `${testId}-item-${index}`,
    'aria-label': t('list.item', { list: label, number }),
    value: draft.value,
    maxLength,
    lang,
    onChange: draft.onChange,
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
  };
  return (
    <li className="list-item">
      <span className="list-number" aria-hidden="true">
        {number}.
      </span>
      {multiline ? <textarea {...common} rows={1} title={t('list.multilineHint')} /> : <input {...common} type="text" autoComplete="off" />}
      <span className="list-actions">
        <button type="button" className="icon-button" data-testid={`${testId}-up-${index}`} onClick={() => onMove(-1)} disabled={index === 0} aria-label={t('list.moveUp', { number })} title={t('list.moveUp', { number })}>
          <Icon name="up" />
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid={`${testId}-down-${index}`}
          onClick={() => onMove(1)}
          disabled={index === count - 1}
          aria-label={t('list.moveDown', { number })}
          title={t('list.moveDown', { number })}
        >
          <Icon name="down" />
        </button>
        <button type="button" className="icon-button icon-button-danger" data-testid={`${testId}-remove-${index}`} onClick={onRemove} aria-label={t('list.remove', { number })} title={t('list.remove', { number })}>
          <Icon name="remove" />
        </button>
      </span>
    </li>
  );
}
