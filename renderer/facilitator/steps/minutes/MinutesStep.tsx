import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesExportInput, MinutesFile, MinutesPreview, MinutesProgress } from '../../../../shared/contracts/facilitator';
import { LANGUAGES, type Language } from '../../../../shared/domain/text';
import { failureText, useAppStore } from '../../../store/app-store';
import { ThaiText } from '../../../ui/ThaiText';
import type { StepProps } from '../define-step';
import { downloadFile } from '../../../ui/download';
import { PagePreview } from './PagePreview';
import './minutes.css';

type Stage = 'collecting' | 'typesetting' | 'saving';
const STAGES: readonly Stage[] = ['collecting', 'typesetting', 'saving'];
/** How often the step asks the host how the export is going. */
const POLL_MS = 250;
/** Option changes settle before the preview is asked for again. */
const PREVIEW_DELAY_MS = 400;

const formatKb = (bytes: number) => String(Math.max(1, Math.round(bytes / 1024)));

/**
 * The Minutes step: choose the language, Thai digits, names (PDPA: codes by default) and the
 * appendix; see the first page and what to check before signing; export the PDF with its progress.
 * The host builds both the preview (from the same model as the PDF) and the PDF (off its thread).
 */
export function MinutesStep({ workshop }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  const ask = useAppStore((s) => s.ask);
  const revision = useAppStore((s) => s.host?.revision ?? 0);
  const uiLanguage = useAppStore((s) => s.session.uiLanguage);
  const [language, setLanguage] = useState<Language>(workshop.meta.language);
  const [thaiDigits, setThaiDigits] = useState(false);
  const [named, setNamed] = useState(!workshop.settings.anonymiseExports);
  const [appendix, setAppendix] = useState(false);
  const options: MinutesExportInput = { language, thaiDigits: language === 'th' && thaiDigits, named, appendixRawDistributions: appendix };
  const optionsKey = JSON.stringify(options);

  const [preview, setPreview] = useState<MinutesPreview | null>(null);
  const [stage, setStage] = useState<Stage | 'done' | null>(null);
  const [result, setResult] = useState<MinutesFile | null>(null);
  // The error itself, so its reason is shown in the UI language even if that changes.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const exporting = stage !== null && stage !== 'done';

  // The preview follows the options and every change to the workshop.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void ask((api) => api.previewMinutes(JSON.parse(optionsKey) as MinutesExportInput)).then((value) => {
        if (current && value) setPreview(value);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ask, optionsKey, revision]);

  // A result describes the options it was made with.
  useEffect(() => {
    setResult(null);
    setFailure(null);
    if (!exporting) setStage(null);
  }, [optionsKey]);

  const poll = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => () => void (poll.current && clearInterval(poll.current)), []);

  const runExport = useCallback(async () => {
    const api = useAppStore.getState().api;
    if (!api || exporting) return;
    setResult(null);
    setFailure(null);
    setStage('collecting');
    poll.current = setInterval(() => {
      void api
        .getMinutesProgress()
        .then((progress: MinutesProgress) => {
          if (progress.running && progress.stage === 'typesetting') setStage((s) => (s === 'collecting' ? 'typesetting' : s));
        })
        .catch(() => undefined);
    }, POLL_MS);
    let file: MinutesFile | null = null;
    try {
      file = await api.exportMinutes(options);
    } catch (error) {
      setFailure({ error });
    } finally {
      if (poll.current) clearInterval(poll.current);
      poll.current = null;
    }
    if (!file) {
      setStage(null);
      return;
    }
    setStage('saving');
    downloadFile(file);
    setResult(file);
    setStage('done');
  }, [exporting, optionsKey]);

  const stageState = (s: Stage): 'done' | 'active' | 'pending' => {
    if (stage === 'done') return 'done';
    if (stage === null) return 'pending';
    const at = STAGES.indexOf(stage);
    const index = STAGES.indexOf(s);
    return index < at ? 'done' : index === at ? 'active' : 'pending';
  };

  return (
    <div className="minutes-step">
      <p className="lead">
        <ThaiText text={t('minutes.intro')} />
      </p>

      <div className="minutes-layout">
        <div className="minutes-controls">
          <section className="card form-section" aria-labelledby={`${id}-options`}>
            <h2 id={`${id}-options`} className="section-title">
              {t('minutes.options.title')}
            </h2>
            <fieldset className="field segmented-field">
              <legend className="field-label">{t('minutes.options.language')}</legend>
              <div className="segmented" data-testid="minutes-language">
                {LANGUAGES.map((code) => (
                  <label key={code} className="segment">
                    <input
                      type="radio"
                      name={`${id}-language`}
                      value={code}
                      checked={language === code}
                      data-testid={`minutes-language-${code}`}
                      disabled={exporting}
                      onChange={() => setLanguage(code)}
                    />
                    <span>{t(`minutes.options.languages.${code}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>

            <label className="check-row minutes-option">
              <input
                type="checkbox"
                checked={language === 'th' && thaiDigits}
                disabled={language !== 'th' || exporting}
                data-testid="minutes-thai-digits"
                onChange={(event) => setThaiDigits(event.target.checked)}
              />
              <span>
                {t('minutes.options.thaiDigits')}
                <span className="field-hint">
                  <ThaiText text={language === 'th' ? t('minutes.options.thaiDigitsHint') : t('minutes.options.thaiDigitsEnglish')} />
                </span>
              </span>
            </label>

            <label className={`check-row minutes-option${named ? ' minutes-option-warning' : ''}`}>
              <input type="checkbox" checked={named} disabled={exporting} data-testid="minutes-named" onChange={(event) => setNamed(event.target.checked)} />
              <span>
                {t('minutes.options.named')}
                <span className="field-hint" data-testid="minutes-pdpa-hint">
                  <ThaiText
                    text={named ? t('minutes.options.namedHint') : t('minutes.options.anonymisedHint', { min: String(workshop.settings.minGroupSize) })}
                  />
                </span>
              </span>
            </label>

            <label className="check-row minutes-option">
              <input type="checkbox" checked={appendix} disabled={exporting} data-testid="minutes-appendix" onChange={(event) => setAppendix(event.target.checked)} />
              <span>
                {t('minutes.options.appendix')}
                <span className="field-hint">
                  <ThaiText text={t('minutes.options.appendixHint')} />
                </span>
              </span>
            </label>
          </section>

          <section className="card form-section" aria-labelledby={`${id}-export`}>
            <button
              type="button"
              className="button button-primary button-large"
              data-testid="minutes-export"
              disabled={exporting || preview === null}
              aria-busy={exporting}
              onClick={() => void runExport()}
            >
              {exporting ? t('minutes.export.working') : t('minutes.export.button')}
            </button>
            <h2 id={`${id}-export`} className="visually-hidden">
              {t('minutes.export.progress')}
            </h2>
            {stage !== null && (
              <ol className="minutes-stages" data-testid="minutes-progress" aria-live="polite">
                {STAGES.map((s) => (
                  <li key={s} className={`minutes-stage minutes-stage-${stageState(s)}`} data-stage={s} data-state={stageState(s)}>
                    {t(`minutes.export.stages.${s}`)}
                  </li>
                ))}
              </ol>
            )}
            <p role="status" className="minutes-result" data-testid="minutes-result">
              {result && t('minutes.export.done', { name: result.fileName, pages: String(result.pages), size: formatKb(result.bytes) })}
            </p>
            {failure && (
              <p role="alert" className="field-problem" data-testid="minutes-failure">
                {t('minutes.export.failed', { message: failureText(failure.error, uiLanguage) })}
              </p>
            )}
            {window.ruam && (
              <p className="field-hint">
                <ThaiText text={t('minutes.export.desktopHint')} />
              </p>
            )}
          </section>

          {preview && (
            <section className="card form-section" aria-labelledby={`${id}-check`}>
              <h2 id={`${id}-check`} className="section-title">
                {t('minutes.preview.warnings')}
              </h2>
              {preview.warnings.length === 0 ? (
                <p className="muted">{t('minutes.preview.noWarnings')}</p>
              ) : (
                <ul className="minutes-warnings" data-testid="minutes-warnings" lang={preview.language}>
                  {preview.warnings.map((warning) => (
                    <li key={`${warning.code}-${warning.text}`}>
                      <ThaiText text={warning.text} />
                    </li>
                  ))}
                </ul>
              )}
              <h2 className="section-title">{t('minutes.preview.outline')}</h2>
              <ol className="minutes-outline" data-testid="minutes-outline" lang={preview.language}>
                {preview.outline.map((entry) => (
                  <li key={`${entry.section}-${entry.block}`} className={`minutes-outline-${entry.level}`}>
                    <ThaiText text={entry.text} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>

        <section className="minutes-preview" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`} className="section-title">
            {t('minutes.preview.title')}
          </h2>
          {preview ? (
            <PagePreview preview={preview} pages={result?.pages ?? null} label={t('minutes.preview.sheetLabel')} />
          ) : (
            <p className="muted" data-testid="minutes-preview-loading">
              {t('minutes.preview.loading')}
            </p>
          )}
          <p className="field-hint">
            <ThaiText text={t('minutes.preview.note')} />
          </p>
        </section>
      </div>
    </div>
  );
}
