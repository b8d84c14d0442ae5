import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/text';
import { Dialog } from './Dialog';
import { downloadFile } from './files';
import { formatCount } from './format';
import { askHost } from './host';
import { PeopleText } from './text';

type Table = 'participants' | 'stakeholders';

/**
 * Export the register (or the stakeholder map) as CSV or Excel. Anonymised by default — codes,
 * sectors and check-in times — as the PDPA asks; names, organisations and contacts go into the
 * file only when the facilitator ticks the box, which says what that means.
 */
export function ExportDialog({ language, initialTable = 'participants', onClose }: { language: Language; initialTable?: Table; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState<Table>(initialTable);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [named, setNamed] = useState(false);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const run = async () => {
    setWorking(true);
    const file = await askHost((api) => api.exportPeople({ format, named: table === 'participants' && named, table }));
    setWorking(false);
    if (!file) return;
    downloadFile(file);
    setDone(t('people.export.done', { name: file.fileName, rows: formatCount(file.rows, language) }));
  };

  return (
    <Dialog
      title={t('people.export.title')}
      onClose={onClose}
      testId="export-dialog"
      size="small"
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('people.common.close')}
          </button>
          <button type="button" className="button button-primary" data-testid="export-run" disabled={working} onClick={() => void run()}>
            {t('people.export.run')}
          </button>
        </>
      }
    >
      <div className="people-form">
        <fieldset className="field">
          <legend className="field-label">{t('people.export.what')}</legend>
          <div className="segmented">
            {(['participants', 'stakeholders'] as const).map((value) => (
              <label key={value} className="segment">
                <input type="radio" name={`${id}-table`} checked={table === value} data-testid={`export-table-${value}`} onChange={() => setTable(value)} />
                <span>{t(`people.export.table.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('people.export.format')}</legend>
          <div className="segmented">
            {(['xlsx', 'csv'] as const).map((value) => (
              <label key={value} className="segment">
                <input type="radio" name={`${id}-format`} checked={format === value} data-testid={`export-format-${value}`} onChange={() => setFormat(value)} data-autofocus={value === 'xlsx' ? true : undefined} />
                <span>{t(`people.export.formats.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {table === 'participants' ? (
          <div className="field">
            <p className="field-hint">
              <PeopleText text={t('people.export.anonymisedNote')} />
            </p>
            <label className="pp-check">
              <input type="checkbox" checked={named} data-testid="export-named" onChange={(event) => setNamed(event.target.checked)} />
              <span>
                <PeopleText text={t('people.export.named')} />
              </span>
            </label>
            {named && (
              <p className="pp-note pp-note-warning" data-testid="export-named-warning">
                <PeopleText text={t('people.export.namedWarning')} />
              </p>
            )}
          </div>
        ) : (
          <p className="field-hint">
            <PeopleText text={t('people.export.stakeholdersNote')} />
          </p>
        )}
        {done && (
          <p className="checkin-notice checkin-notice-ok" role="status" data-testid="export-done">
            <PeopleText text={done} />
          </p>
        )}
      </div>
    </Dialog>
  );
}
