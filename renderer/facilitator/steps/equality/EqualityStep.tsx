import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { representationSvg, type RepresentationRow } from '../../../../shared/charts/representation';
import { pick, type Language } from '../../../../shared/domain/text';
import { equalityCheck, type EqualityReport, type EqualitySentence, type GroupPresence } from '../../../../shared/people/equality';
import { formatGroupCount, overlappingCount, type GroupCount } from '../../../../shared/people/group-count';
import type { StepProps } from '../define-step';
import { ChartSvg } from '../participants/ChartSvg';
import { formatCount } from '../participants/format';
import { useWidth } from '../participants/use-width';
import '../participants/people.css';
import { PeopleText } from '../participants/text';

type Flagged = Map<string, 'missing' | 'thin'>;

/** Which groups the sentences flag: the chart marks exactly what the facilitator reads out. */
function flagsOf(sentences: readonly EqualitySentence[], kind: 'sector' | 'socialGroup'): Flagged {
  const flags: Flagged = new Map();
  for (const s of sentences) {
    if (s.about !== 'room' || s.subject?.kind !== kind || s.severity === 'ok') continue;
    flags.set(s.subject.id, s.severity === 'gap' ? 'missing' : 'thin');
  }
  return flags;
}

function chartRow(label: string, count: GroupCount, flag: 'missing' | 'thin' | undefined): RepresentationRow {
  // A suppressed count is drawn as neither a number nor a bar: nothing to work it out from.
  return count.kind === 'exact' ? { label, count: count.value, flag } : { label, count: 0, suppressed: true, flag };
}

/**
 * The equality-of-social-groups check (principle P4): which sectors and social groups are in the
 * room (checked-in participants) and spoken for on the stakeholder map, in sentences to read out
 * (from `equalityCheck`), as a chart (`representationSvg`, the projector's too) and as a table.
 * No number for a group smaller than the workshop's minimum group size is shown: it reads
 * "fewer than N".
 */
export function EqualityStep({ workshop, language }: StepProps) {
  const { t } = useTranslation();
  const report = useMemo(() => equalityCheck(workshop), [workshop]);
  const min = report.minGroupSize;
  const sectorFlags = flagsOf(report.sentences, 'sector');
  const groupFlags = flagsOf(report.sentences, 'socialGroup');
  const declared = overlappingCount(report.groupsDeclaredBy, min);

  return (
    <div className="people-step equality-step" data-testid="equality-view">
      <p className="lead">
        <PeopleText text={t('people.equality.intro')} />
      </p>
      <ul className="equality-facts" data-testid="equality-facts">
        <li>
          <strong>{formatCount(report.checkedIn, language)}</strong> {t('people.equality.checkedIn')}
        </li>
        <li>
          <strong>{formatGroupCount(declared, language)}</strong> {t('people.equality.declared')}
        </li>
        <li>
          <strong>{formatCount(workshop.stakeholders.length, language)}</strong> {t('people.equality.onMap')}
        </li>
      </ul>

      <section className="card pp-read-out" aria-labelledby="equality-read-out" data-testid="equality-sentences">
        <h2 id="equality-read-out" className="section-title">
          {t('people.equality.readOutTitle')}
        </h2>
        <ol className="pp-sentence-list">
          {report.sentences.map((s, i) => (
            <li key={i} className={`pp-sentence pp-sentence-${s.severity}`}>
              <span className="pp-sentence-mark" aria-hidden="true">
                {s.severity === 'gap' ? '●' : s.severity === 'thin' ? '▲' : '✓'}
              </span>
              <span className="visually-hidden">{t(`people.equality.severity.${s.severity}`)}: </span>
              <span>
                <PeopleText text={pick(s.text, language)} />
              </span>
            </li>
          ))}
        </ol>
      </section>

      <GroupSection
        title={t('people.equality.sectorsTitle')}
        testId="equality-sectors"
        rows={report.sectors}
        extra={
          report.unlistedSector.kind !== 'exact' || report.unlistedSector.value > 0
            ? { label: t('people.equality.noSector'), count: report.unlistedSector }
            : null
        }
        flags={sectorFlags}
        report={report}
        language={language}
        kind="sector"
      />
      {report.groupsDeclaredBy > 0 ? (
        <GroupSection
          title={t('people.equality.groupsTitle')}
          note={t('people.equality.groupsNote')}
          testId="equality-groups"
          rows={report.socialGroups}
          extra={null}
          flags={groupFlags}
          report={report}
          language={language}
          kind="socialGroup"
        />
      ) : (
        <section className="card" aria-labelledby="equality-groups-none">
          <h2 id="equality-groups-none" className="section-title">
            {t('people.equality.groupsTitle')}
          </h2>
          <p className="muted">
            <PeopleText text={t('people.equality.noGroupsDeclared')} />
          </p>
        </section>
      )}
      <p className="field-hint" data-testid="equality-suppression-note">
        <PeopleText text={t('people.equality.suppressionNote', { min })} />
      </p>
    </div>
  );
}

interface GroupSectionProps {
  title: string;
  note?: string;
  testId: string;
  rows: readonly GroupPresence[];
  extra: { label: string; count: GroupCount } | null;
  flags: Flagged;
  report: EqualityReport;
  language: Language;
  kind: 'sector' | 'socialGroup';
}

function GroupSection({ title, note, testId, rows, extra, flags, report, language, kind }: GroupSectionProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // Measured before the first paint in a browser; a test's DOM has no layout, so a fixed width there.
  const width = useWidth(box) || 640;
  const min = report.minGroupSize;
  const chartRows = [...rows.map((row) => chartRow(pick(row.label, language), row.inRoom, flags.get(row.id))), ...(extra ? [chartRow(extra.label, extra.count, undefined)] : [])];
  const svg = useMemo(() => {
    if (width < 50 || chartRows.length === 0) return '';
    return representationSvg({
      rows: chartRows,
      labels: {
        suppressed: t('people.equality.chart.suppressed'),
        missing: t(kind === 'sector' ? 'people.equality.chart.missing' : 'people.equality.chart.missingGroup'),
        thin: t('people.equality.chart.thin', { min }),
      },
      width,
      // 46 px a row: room for a long sector name on two lines (the builder allows two from 2.1 lines' height).
      height: Math.max(120, chartRows.length * 46 + 24),
      fontSize: 16,
    });
    // chartRows is derived from the props below.
  }, [width, JSON.stringify(chartRows), kind, min, t]);

  const status = (row: GroupPresence) => {
    const flag = flags.get(row.id);
    if (flag === 'missing') return t(kind === 'sector' ? 'people.equality.status.missing' : 'people.equality.status.missingGroup');
    if (flag === 'thin') return t('people.equality.status.thin', { min });
    return row.status === 'missing' ? t('people.equality.status.none') : t('people.equality.status.present');
  };

  return (
    <section className="card equality-section" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className="section-title">
        {title}
      </h2>
      {note && (
        <p className="field-hint">
          <PeopleText text={note} />
        </p>
      )}
      <div ref={box} className="equality-chart" aria-hidden="true">
        {svg && <ChartSvg svg={svg} testId={`${testId}-chart`} />}
      </div>
      <div className="pp-table-scroll">
        <table className="people-table equality-table">
          <thead>
            <tr>
              <th scope="col">{t(kind === 'sector' ? 'people.equality.col.sector' : 'people.equality.col.group')}</th>
              <th scope="col" className="pp-num">
                {t('people.equality.col.inRoom')}
              </th>
              <th scope="col" className="pp-num">
                {t('people.equality.col.onMap')}
              </th>
              <th scope="col">{t('people.equality.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`${testId}-row-${row.id}`} className={flags.has(row.id) ? `pp-row-${flags.get(row.id)}` : undefined}>
                <th scope="row">
                  <PeopleText text={pick(row.label, language)} />
                </th>
                <td className="pp-num" data-testid={`${testId}-count-${row.id}`}>
                  {formatGroupCount(row.inRoom, language)}
                </td>
                <td className="pp-num">{formatCount(row.stakeholders, language)}</td>
                <td>
                  <PeopleText text={status(row)} />
                </td>
              </tr>
            ))}
            {extra && (
              <tr>
                <th scope="row">{extra.label}</th>
                <td className="pp-num">{formatGroupCount(extra.count, language)}</td>
                <td className="pp-num">–</td>
                <td />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
