import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantImportResult, RegisterPreview } from '../../../../shared/contracts/facilitator';
import { pick, type Language, type LocalizedText } from '../../../../shared/domain/text';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ColumnMapping, type ImportField } from '../../../../shared/people/columns';
import type { ImportProblem } from '../../../../shared/people/import-rows';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { Dialog } from './Dialog';
import { MAX_REGISTER_BYTES, readFileAsBase64 } from './files';
import { formatCount } from './format';
import { askHost } from './host';
import { PeopleText } from './text';

/** Rows of the file shown under the mapping. */
const PREVIEW_ROWS = 8;
/** Typing in one select after another should not send the file once per change. */
const RECHECK_DELAY_MS = 200;

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

type Stage =
  | { kind: 'choose'; error: LocalizedText | null }
  | { kind: 'reading'; name: string; fraction: number }
  | { kind: 'mapping'; file: ChosenFile; preview: RegisterPreview; error: LocalizedText | null }
  | { kind: 'importing'; file: ChosenFile; preview: RegisterPreview }
  | { kind: 'done'; result: Extract<ParticipantImportResult, { ok: true }>; format: RegisterPreview['format'] };

interface ImportDialogProps {
  language: Language;
  /** A file dropped on the register: start with it. */
  initialFile?: File | null;
  onClose: () => void;
}

/**
 * Import a register from CSV or XLSX in three steps: choose (or drop) a file; check how its
 * columns map to the register's fields against a preview of its first rows, with every problem the
 * host found listed by line; import, as one undo step. Nothing is added until the last step.
 */
export function ImportDialog({ language, initialFile, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'choose', error: null });
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [checkedIn, setCheckedIn] = useState(false);
  const [groupsConsent, setGroupsConsent] = useState(false);
  const [checking, setChecking] = useState(false);
  const requestSeq = useRef(0);
  const undo = useAppStore((s) => s.undo);

  const choose = async (file: File) => {
    if (file.size > MAX_REGISTER_BYTES) {
      setStage({ kind: 'choose', error: { th: t('people.import.tooLarge', { lng: 'th', size: megabytes(file.size) }), en: t('people.import.tooLarge', { lng: 'en', size: megabytes(file.size) }) } });
      return;
    }
    setStage({ kind: 'reading', name: file.name, fraction: 0 });
    let base64: string;
    try {
      base64 = await readFileAsBase64(file, (fraction) => setStage((s) => (s.kind === 'reading' ? { ...s, fraction } : s)));
    } catch {
      setStage({ kind: 'choose', error: { th: t('people.import.unreadable', { lng: 'th' }), en: t('people.import.unreadable', { lng: 'en' }) } });
      return;
    }
    const chosen: ChosenFile = { name: file.name, size: file.size, base64 };
    const seq = ++requestSeq.current;
    setChecking(true);
    const result = await askHost((api) => api.previewParticipantImport({ fileName: chosen.name, dataBase64: base64, groupsConsent }));
    if (seq !== requestSeq.current) return;
    setChecking(false);
    if (!result) return setStage({ kind: 'choose', error: null });
    if (!result.ok) return setStage({ kind: 'choose', error: result.error.message });
    setMapping(result.preview.mapping);
    setSheet(result.preview.sheetName ?? undefined);
    setStage({ kind: 'mapping', file: chosen, preview: result.preview, error: null });
  };

  // A dropped file opens the dialog with it.
  const started = useRef(false);
  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      void choose(initialFile);
    }
  }, [initialFile]);

  /** Ask the host what this mapping (or sheet, or consent) would import. The user's mapping is never replaced. */
  const recheck = (file: ChosenFile, next: { mapping?: ColumnMapping; sheet?: string; groupsConsent: boolean }) => {
    const seq = ++requestSeq.current;
    setChecking(true);
    window.setTimeout(async () => {
      if (seq !== requestSeq.current) return;
      const result = await askHost((api) =>
        api.previewParticipantImport({ fileName: file.name, dataBase64: file.base64, sheet: next.sheet, mapping: next.mapping, groupsConsent: next.groupsConsent }),
      );
      if (seq !== requestSeq.current) return;
      setChecking(false);
      if (!result) return;
      if (!result.ok) {
        setStage((s) => (s.kind === 'mapping' ? { ...s, error: result.error.message } : s));
        return;
      }
      if (!next.mapping) setMapping(result.preview.mapping);
      setStage((s) => (s.kind === 'mapping' ? { ...s, preview: result.preview, error: null } : s));
    }, RECHECK_DELAY_MS);
  };

  const setColumn = (column: number, field: ImportField | null) => {
    if (stage.kind !== 'mapping') return;
    // A field other than contact comes from one column: choosing it here takes it from the other.
    const next = mapping.map((f, i) => (i === column ? field : field !== null && field !== 'contact' && f === field ? null : f));
    setMapping(next);
    recheck(stage.file, { mapping: next, sheet, groupsConsent });
  };

  const runImport = async () => {
    if (stage.kind !== 'mapping') return;
    const { file, preview } = stage;
    setStage({ kind: 'importing', file, preview });
    const result = await askHost((api) =>
      api.importParticipants({ fileName: file.name, dataBase64: file.base64, sheet, mapping, groupsConsent, checkedIn }),
    );
    if (result?.ok) return setStage({ kind: 'done', result, format: preview.format });
    setStage({ kind: 'mapping', file, preview, error: result && !result.ok ? result.error.message : null });
  };

  const busy = stage.kind === 'reading' || stage.kind === 'importing';
  const footer = (() => {
    switch (stage.kind) {
      case 'choose':
      case 'reading':
        return (
          <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
            {t('people.common.cancel')}
          </button>
        );
      case 'mapping':
      case 'importing': {
        const count = stage.preview.importable;
        return (
          <>
            <button type="button" className="button button-quiet" data-testid="import-other-file" onClick={() => setStage({ kind: 'choose', error: null })} disabled={busy}>
              {t('people.import.otherFile')}
            </button>
            <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
              {t('people.common.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              data-testid="import-run"
              onClick={() => void runImport()}
              disabled={busy || checking || count === 0}
            >
              {t('people.import.run', { count: formatCount(count, language) })}
            </button>
          </>
        );
      }
      case 'done':
        return (
          <>
            <button
              type="button"
              className="button"
              data-testid="import-undo"
              onClick={async () => {
                if (await undo()) onClose();
              }}
            >
              {t('people.import.undo')}
            </button>
            <button type="button" className="button button-primary" data-testid="import-close" onClick={onClose} data-autofocus>
              {t('people.common.close')}
            </button>
          </>
        );
    }
  })();

  return (
    <Dialog title={t('people.import.title')} onClose={onClose} testId="import-dialog" size="wide" footer={footer} locked={busy}>
      {stage.kind === 'choose' && <ChooseFile error={stage.error} language={language} onFile={(file) => void choose(file)} />}
      {stage.kind === 'reading' && (
        <Progress label={t(checking ? 'people.import.checking' : 'people.import.reading', { name: stage.name })} fraction={checking ? null : stage.fraction} />
      )}
      {(stage.kind === 'mapping' || stage.kind === 'importing') && (
        <div className="import-mapping" data-testid="import-mapping">
          <FileSummary file={stage.file} preview={stage.preview} language={language} />
          {stage.preview.sheetNames.length > 1 && (
            <div className="field import-sheet">
              <label className="field-label" htmlFor="import-sheet">
                {t('people.import.sheet')}
              </label>
              <select
                id="import-sheet"
                className="input"
                value={sheet ?? ''}
                disabled={busy}
                data-testid="import-sheet"
                onChange={(event) => {
                  setSheet(event.target.value);
                  recheck(stage.file, { sheet: event.target.value, groupsConsent });
                }}
              >
                {stage.preview.sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <MappingTable preview={stage.preview} mapping={mapping} language={language} disabled={busy} onChange={setColumn} />
          <div className="import-options">
            <label className="pp-check">
              <input type="checkbox" checked={checkedIn} disabled={busy} data-testid="import-checked-in" onChange={(event) => setCheckedIn(event.target.checked)} />
              <span>
                <PeopleText text={t('people.import.checkedIn')} />
              </span>
            </label>
            <label className="pp-check">
              <input
                type="checkbox"
                checked={groupsConsent}
                disabled={busy || !mapping.includes('socialGroups') || mapping.includes('groupsConsent')}
                data-testid="import-groups-consent"
                onChange={(event) => {
                  setGroupsConsent(event.target.checked);
                  recheck(stage.file, { mapping, sheet, groupsConsent: event.target.checked });
                }}
              />
              <span>
                <PeopleText text={t('people.import.groupsConsent')} />
              </span>
            </label>
          </div>
          {stage.kind === 'mapping' && stage.error && (
            <p className="field-problem" role="alert" data-testid="import-error">
              <Icon name="alert" size={18} />
              <span>
                <PeopleText text={pick(stage.error, language)} />
              </span>
            </p>
          )}
          <div className="import-verdict" aria-live="polite" data-testid="import-verdict">
            {stage.kind === 'importing' ? (
              <Progress label={t('people.import.importing', { count: formatCount(stage.preview.importable, language) })} fraction={null} />
            ) : checking ? (
              <Progress label={t('people.import.rechecking')} fraction={null} />
            ) : (
              <p className={stage.preview.importable === 0 ? 'pp-verdict-none' : 'pp-verdict-ok'}>
                <PeopleText
                  text={t('people.import.verdict', {
                    count: formatCount(stage.preview.importable, language),
                    rows: formatCount(stage.preview.totalRows, language),
                  })}
                />
              </p>
            )}
          </div>
          <ProblemList problems={stage.preview.problems} total={stage.preview.problemCount} format={stage.preview.format} language={language} />
        </div>
      )}
      {stage.kind === 'done' && <ImportDone result={stage.result} format={stage.format} language={language} />}
    </Dialog>
  );
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function ChooseFile({ error, language, onFile }: { error: LocalizedText | null; language: Language; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div className="import-choose">
      <div
        className={`pp-drop-zone${over ? ' pp-drop-zone-over' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file) onFile(file);
        }}
      >
        <p className="pp-drop-zone-title">
          <PeopleText text={t('people.import.dropHere')} />
        </p>
        <input
          id={id}
          className="visually-hidden pp-file-input"
          type="file"
          accept=".csv,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file"
          data-autofocus
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <label htmlFor={id} className="button button-primary pp-file-button">
          {t('people.import.chooseFile')}
        </label>
        <p className="field-hint">
          <PeopleText text={t('people.import.formats')} />
        </p>
      </div>
      {error && (
        <p className="field-problem" role="alert" data-testid="import-error">
          <Icon name="alert" size={18} />
          <span>
            <PeopleText text={pick(error, language)} />
          </span>
        </p>
      )}
      <p className="muted import-privacy">
        <PeopleText text={t('people.import.privacy')} />
      </p>
    </div>
  );
}

function Progress({ label, fraction }: { label: string; fraction: number | null }) {
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <p>
        <PeopleText text={label} />
      </p>
      {fraction === null ? <progress aria-label={label} /> : <progress aria-label={label} max={1} value={fraction} />}
    </div>
  );
}

function FileSummary({ file, preview, language }: { file: ChosenFile; preview: RegisterPreview; language: Language }) {
  const { t } = useTranslation();
  const kind = preview.format === 'xlsx' ? 'Excel (.xlsx)' : `CSV${preview.encoding ? ` (${preview.encoding.toUpperCase()})` : ''}`;
  return (
    <p className="import-file-summary" data-testid="import-summary">
      <strong className="import-file-name">{file.name}</strong>
      <span>{kind}</span>
      <span>
        {t('people.import.rowsFound', { rows: formatCount(preview.totalRows, language), line: formatCount(preview.headerLine, language) })}
      </span>
    </p>
  );
}

function MappingTable({
  preview,
  mapping,
  language,
  disabled,
  onChange,
}: {
  preview: RegisterPreview;
  mapping: ColumnMapping;
  language: Language;
  disabled: boolean;
  onChange: (column: number, field: ImportField | null) => void;
}) {
  const { t } = useTranslation();
  const lineWord = t(preview.format === 'xlsx' ? 'people.import.rowWord' : 'people.import.lineWord');
  return (
    <div className="pp-mapping">
      <h3 className="pp-subtitle">{t('people.import.mappingTitle')}</h3>
      <p className="field-hint">
        <PeopleText text={t('people.import.mappingHint')} />
      </p>
      <div className="pp-table-scroll mapping-scroll">
        <table className="people-table mapping-table" data-testid="mapping-table">
          <thead>
            <tr>
              <th scope="col" className="mapping-line">
                {lineWord}
              </th>
              {preview.headers.map((header, column) => (
                <th key={column} scope="col" className={mapping[column] ? 'mapping-used' : 'mapping-unused'}>
                  <span className="mapping-header" title={header}>
                    {header || t('people.import.columnNumber', { number: column + 1 })}
                  </span>
                  <select
                    className="input pp-compact"
                    value={mapping[column] ?? ''}
                    disabled={disabled}
                    data-testid={`mapping-${column}`}
                    aria-label={t('people.import.mapColumn', { column: header || column + 1 })}
                    onChange={(event) => onChange(column, (event.target.value || null) as ImportField | null)}
                  >
                    <option value="">{t('people.import.ignore')}</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {pick(IMPORT_FIELD_LABELS[field], language)}
                      </option>
                    ))}
                  </select>
                  {preview.recognised[column] && preview.recognised[column] === mapping[column] && (
                    <span className="mapping-recognised">{t('people.import.recognised')}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.line}>
                <th scope="row" className="mapping-line">
                  {row.line}
                </th>
                {preview.headers.map((_, column) => (
                  <td key={column} className={mapping[column] ? undefined : 'mapping-unused'}>
                    {row.cells[column] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.totalRows > PREVIEW_ROWS && (
        <p className="field-hint">{t('people.import.moreRows', { count: formatCount(preview.totalRows - Math.min(PREVIEW_ROWS, preview.rows.length), language) })}</p>
      )}
    </div>
  );
}

export function ProblemList({ problems, total, format, language }: { problems: readonly ImportProblem[]; total: number; format: RegisterPreview['format']; language: Language }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="pp-problems" data-testid="import-problems">
      <h3 className="pp-subtitle">{t('people.import.problemsTitle', { count: formatCount(total, language) })}</h3>
      <ul className="pp-problem-list">
        {problems.map((p, i) => (
          <li key={i} className={`pp-problem pp-problem-${p.severity}`} data-testid={`problem-${p.line ?? 'file'}`}>
            <span className="pp-problem-mark" aria-hidden="true">
              {p.severity === 'error' ? '✕' : '!'}
            </span>
            <span className="visually-hidden">{t(p.severity === 'error' ? 'people.import.errorWord' : 'people.import.warningWord')}: </span>
            <span className="pp-problem-where">
              {p.line === null ? t('people.import.wholeFile') : `${t(format === 'xlsx' ? 'people.import.rowWord' : 'people.import.lineWord')} ${p.line}`}
            </span>
            <span className="pp-problem-text">
              <PeopleText text={pick(p.message, language)} />
            </span>
          </li>
        ))}
      </ul>
      {total > problems.length && <p className="field-hint">{t('people.import.moreProblems', { count: formatCount(total - problems.length, language) })}</p>}
      {errors > 0 && (
        <p className="field-hint">
          <PeopleText text={t('people.import.errorsSkipped')} />
        </p>
      )}
    </div>
  );
}

function ImportDone({ result, format, language }: { result: Extract<ParticipantImportResult, { ok: true }>; format: RegisterPreview['format']; language: Language }) {
  const { t } = useTranslation();
  return (
    <div className="import-done" data-testid="import-done">
      <p className="import-done-title" role="status">
        <span className="checkin-notice-mark" aria-hidden="true">
          ✓
        </span>
        <span>
          <PeopleText text={t('people.import.done', { count: formatCount(result.imported, language), first: result.firstCode, last: result.lastCode })} />
        </span>
      </p>
      {result.duplicateGroups > 0 && (
        <p className="pp-note" data-testid="import-duplicates">
          <PeopleText text={t('people.import.duplicates', { count: formatCount(result.duplicateGroups, language) })} />
        </p>
      )}
      <p className="muted">
        <PeopleText text={t('people.import.undoHint')} />
      </p>
      <ProblemList problems={result.problems} total={result.problemCount} format={format} language={language} />
    </div>
  );
}
