import { useTranslation } from 'react-i18next';
import type { WorkshopMeta } from '../../../shared/domain/workshop';
import { LANGUAGES } from '../../../shared/domain/text';
import { minutesOfDay } from '../../ui/time-of-day';
import { defineStep, type StepProps } from './define-step';
import { TextField, TimeField, WorkshopDateField } from './setup/fields';
import { ListEditor } from './setup/ListEditor';
import { useUpdateMeta } from './setup/use-draft';
import { ThaiText } from '../../ui/ThaiText';

// Limits mirror shared/domain/workshop.ts, so the browser stops input the host would refuse.
const LINE = 500;
const PARAGRAPH = 5000;

/** Every detail of the meeting, each edit one `meta.update` (one undo step). */
function Setup({ workshop, language }: StepProps) {
  const { t } = useTranslation();
  const update = useUpdateMeta();
  const meta = workshop.meta;
  const field = <K extends keyof WorkshopMeta>(key: K) => (value: WorkshopMeta[K]) => void update({ [key]: value });
  const start = minutesOfDay(meta.startTime);
  const end = minutesOfDay(meta.endTime);
  const endBeforeStart = start !== null && end !== null && end <= start;

  return (
    <div className="setup">
      <p className="lead">
        <ThaiText text={t('setup.intro')} />
      </p>
      <p className="muted">
        <ThaiText text={t('setup.saveHint')} />
      </p>

      <section className="card form-section" aria-labelledby="setup-meeting">
        <h2 id="setup-meeting" className="section-title">
          {t('setup.sections.meeting')}
        </h2>
        <div className="form-grid">
          <TextField
            className="span-all"
            label={t('setup.title.label')}
            value={meta.title}
            onCommit={field('title')}
            testId="meta-title"
            placeholder={t('setup.title.placeholder')}
            maxLength={LINE}
            lang={meta.language}
          />
          <TextField
            className="span-2"
            label={t('setup.organisation.label')}
            value={meta.organisation}
            onCommit={field('organisation')}
            testId="meta-organisation"
            placeholder={t('setup.organisation.placeholder')}
            maxLength={LINE}
            lang={meta.language}
            autoComplete="organization"
          />
          <TextField
            label={t('setup.meetingNumber.label')}
            value={meta.meetingNumber}
            onCommit={field('meetingNumber')}
            testId="meta-meeting-number"
            hint={t('setup.meetingNumber.hint')}
            maxLength={50}
          />
          <fieldset className="field span-all segmented-field">
            <legend className="field-label">{t('setup.language.label')}</legend>
            <div className="segmented" data-testid="meta-language">
              {LANGUAGES.map((code) => (
                <label key={code} className="segment">
                  <input
                    type="radio"
                    name="workshop-language"
                    value={code}
                    data-testid={`meta-language-${code}`}
                    checked={meta.language === code}
                    onChange={() => void update({ language: code })}
                  />
                  <span>{t(`setup.language.${code}`)}</span>
                </label>
              ))}
            </div>
            <p className="field-hint">
              <ThaiText text={t('setup.language.hint')} />
            </p>
          </fieldset>
        </div>
      </section>

      <section className="card form-section" aria-labelledby="setup-when">
        <h2 id="setup-when" className="section-title">
          {t('setup.sections.when')}
        </h2>
        <div className="form-grid form-grid-when">
          <WorkshopDateField value={meta.date} onCommit={(date) => update({ date })} language={language} testId="meta-date" />
          <TimeField label={t('setup.startTime.label')} value={meta.startTime} onCommit={field('startTime')} language={language} testId="meta-start-time" />
          <TimeField
            label={t('setup.endTime.label')}
            value={meta.endTime}
            onCommit={field('endTime')}
            language={language}
            testId="meta-end-time"
            warning={endBeforeStart ? t('setup.time.endBeforeStart') : null}
          />
          <TextField
            className="span-all"
            label={t('setup.venue.label')}
            value={meta.venue}
            onCommit={field('venue')}
            testId="meta-venue"
            placeholder={t('setup.venue.placeholder')}
            maxLength={LINE}
            lang={meta.language}
          />
        </div>
      </section>

      <section className="card form-section" aria-labelledby="setup-people">
        <h2 id="setup-people" className="section-title">
          {t('setup.sections.people')}
        </h2>
        <div className="form-grid">
          <div className="span-all">
            <ListEditor
              label={t('setup.facilitators.label')}
              items={meta.facilitators}
              onChange={(facilitators) => update({ facilitators })}
              testId="meta-facilitators"
              newPlaceholder={t('setup.facilitators.newPlaceholder')}
              emptyText={t('setup.facilitators.empty')}
              maxLength={LINE}
              maxItems={50}
              lang={meta.language}
            />
          </div>
          <TextField
            className="span-2"
            label={t('setup.noteTaker.label')}
            value={meta.noteTaker}
            onCommit={field('noteTaker')}
            testId="meta-note-taker"
            maxLength={LINE}
            lang={meta.language}
          />
        </div>
      </section>

      <section className="card form-section" aria-labelledby="setup-content">
        <h2 id="setup-content" className="section-title">
          {t('setup.sections.content')}
        </h2>
        <ListEditor
          label={t('setup.objectives.label')}
          items={meta.objectives}
          onChange={(objectives) => update({ objectives })}
          testId="meta-objectives"
          newPlaceholder={t('setup.objectives.newPlaceholder')}
          emptyText={t('setup.objectives.empty')}
          maxLength={PARAGRAPH}
          maxItems={50}
          multiline
          lang={meta.language}
        />
        <ListEditor
          label={t('setup.agenda.label')}
          items={meta.agenda}
          onChange={(agenda) => update({ agenda })}
          testId="meta-agenda"
          newPlaceholder={t('setup.agenda.newPlaceholder')}
          emptyText={t('setup.agenda.empty')}
          maxLength={PARAGRAPH}
          maxItems={100}
          multiline
          lang={meta.language}
        />
      </section>
    </div>
  );
}

export default defineStep({
  id: 'setup',
  order: 20,
  titleKey: 'steps.setup.title',
  icon: 'setup',
  component: Setup,
});
