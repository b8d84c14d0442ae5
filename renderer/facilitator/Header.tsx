import { useTranslation } from 'react-i18next';
import { pick, type Language } from '../../shared/domain/text';
import type { SaveState } from '../../shared/contracts/facilitator';
import { useAppStore } from '../store/app-store';
import { Icon } from '../ui/icons';
import { ThaiText } from '../ui/ThaiText';
import { FileMenu } from './files/FileMenu';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Y';

/**
 * The bar above everything: who we are, which workshop, whether it is saved, undo/redo, the
 * projector (web mode; the desktop app has it in its menu) and the UI language.
 */
export function Header({ projectorUrl }: { projectorUrl: string | null }) {
  const { t } = useTranslation();
  const host = useAppStore((s) => s.host);
  const uiLanguage = useAppStore((s) => s.session.uiLanguage);
  const setUiLanguage = useAppStore((s) => s.setUiLanguage);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const workshop = host?.workshop ?? null;

  const undoLabel = host?.undo.undoLabel ? t('header.undoAction', { action: pick(host.undo.undoLabel, uiLanguage) }) : t('header.nothingToUndo');
  const redoLabel = host?.undo.redoLabel ? t('header.redoAction', { action: pick(host.undo.redoLabel, uiLanguage) }) : t('header.nothingToRedo');

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
      </div>
      {workshop && (
        <div className="header-workshop">
          <span className="header-title" lang={workshop.meta.language} data-testid="workshop-title" title={workshop.meta.title || undefined}>
            <ThaiText text={workshop.meta.title || t('header.untitled')} />
          </span>
          <SaveStateChip state={host!.file.saveState} readOnly={host!.file.readOnly} />
        </div>
      )}
      <div className="header-tools">
        {workshop && (
          <div className="undo-group" role="group" aria-label={t('header.tools')}>
            <button
              type="button"
              className="button button-quiet"
              data-testid="undo"
              disabled={!host?.undo.canUndo}
              onClick={() => void undo()}
              aria-label={`${undoLabel} (${UNDO_KEYS})`}
              title={`${undoLabel} (${UNDO_KEYS})`}
            >
              <Icon name="undo" />
              <span>{t('header.undo')}</span>
            </button>
            <button
              type="button"
              className="button button-quiet"
              data-testid="redo"
              disabled={!host?.undo.canRedo}
              onClick={() => void redo()}
              aria-label={`${redoLabel} (${REDO_KEYS})`}
              title={`${redoLabel} (${REDO_KEYS})`}
            >
              <Icon name="redo" />
              <span>{t('header.redo')}</span>
            </button>
          </div>
        )}
        {workshop && <FileMenu />}
        {projectorUrl && workshop && (
          <button
            type="button"
            className="button button-quiet"
            data-testid="open-projector"
            title={t('header.openProjectorHint')}
            onClick={() => window.open(projectorUrl, 'ruam-projector', 'popup,width=1280,height=720')}
          >
            <Icon name="projector" />
            <span>{t('header.openProjector')}</span>
          </button>
        )}
        <div className="language-switch" role="group" aria-label={t('header.language')}>
          {(['th', 'en'] as const satisfies readonly Language[]).map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              className="language-option"
              data-testid={`lang-${code}`}
              aria-pressed={uiLanguage === code}
              onClick={() => setUiLanguage(code)}
            >
              {t(`language.${code}`)}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}

function SaveStateChip({ state, readOnly }: { state: SaveState; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`save-state save-state-${state}`} data-testid="save-state" data-state={state} title={state === 'memory' ? t('saveState.memoryHint') : undefined}>
      <span className="save-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('saveState.label')}: </span>
      {t(`saveState.${state}`)}
      {readOnly && <span className="save-readonly"> · {t('saveState.readOnly')}</span>}
    </span>
  );
}
