import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icons';
import { ErrorAlert } from '../../Notices';
import { PeopleText } from './text';

interface DialogProps {
  title: string;
  onClose: () => void;
  testId: string;
  children: ReactNode;
  /** Wide dialogs hold tables (the import mapping). */
  size?: 'small' | 'medium' | 'wide';
  /** Buttons at the bottom, right-aligned. */
  footer?: ReactNode;
  /** Escape and the × may not close it (an import in progress). */
  locked?: boolean;
}

/**
 * A modal dialog on the native <dialog> (focus kept inside, Escape, the top layer): mounted when
 * shown, it opens as a modal, puts the focus on the element marked `data-autofocus` (else the first
 * field), and gives it back to whatever had it when it closes. The host's refusals are shown inside
 * too, since the page's own alert is behind the backdrop.
 */
export function Dialog({ title, onClose, testId, children, size = 'medium', footer, locked = false }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const lockedRef = useRef(locked);
  lockedRef.current = locked;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, select, textarea, button:not(.dialog-close)');
    first?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (!lockedRef.current) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`people-dialog people-dialog-${size}`} aria-labelledby={titleId} data-testid={testId}>
      <div className="people-dialog-header">
        <h2 id={titleId} className="people-dialog-title">
          <PeopleText text={title} />
        </h2>
        <button type="button" className="icon-button dialog-close" onClick={onClose} disabled={locked} aria-label={t('people.common.close')} title={t('people.common.close')}>
          <Icon name="remove" />
        </button>
      </div>
      <div className="people-dialog-body">
        <ErrorAlert />
        {children}
      </div>
      {footer && <div className="people-dialog-footer">{footer}</div>}
    </dialog>
  );
}
