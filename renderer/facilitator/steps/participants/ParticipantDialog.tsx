import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { useAppStore } from '../../../store/app-store';
import { Dialog } from './Dialog';
import { PeopleText } from './text';

interface ParticipantDialogProps {
  workshop: Workshop;
  language: Language;
  /** Null: register someone new. */
  participant: Participant | null;
  onClose: () => void;
  /** Erase this person's personal data (PDPA: someone asked), through the strong confirmation. */
  onErase?: () => void;
}

/**
 * Register someone at the desk, or correct everything the register holds about them (contact,
 * social groups with their consent). Social groups are sensitive data under the PDPA: they can be
 * ticked only when the person agreed, and withdrawing consent clears them.
 */
export function ParticipantDialog({ workshop, language, participant, onClose, onErase }: ParticipantDialogProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const [name, setName] = useState(participant?.name ?? '');
  const [organisation, setOrganisation] = useState(participant?.organisation ?? '');
  const [sector, setSector] = useState(participant?.sector ?? '');
  const [contact, setContact] = useState(participant?.contact ?? '');
  const [consent, setConsent] = useState(participant?.groupsConsent ?? false);
  const [groups, setGroups] = useState<string[]>(participant?.socialGroups ?? []);
  const [checkedIn, setCheckedIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const erased = participant?.erased ?? false;

  const save = async () => {
    if (!erased && name.trim() === '') {
      setProblem(t('people.form.nameRequired'));
      return;
    }
    setProblem(null);
    const socialGroups = consent ? groups : [];
    let ok: boolean;
    if (!participant) {
      ok = await dispatch({
        type: 'participant.add',
        payload: { name: name.trim(), organisation: organisation.trim(), sector, contact: contact.trim(), socialGroups, groupsConsent: consent, checkedIn },
      });
    } else {
      const patch: Record<string, unknown> = {};
      if (!erased) {
        if (name.trim() !== participant.name) patch.name = name.trim();
        if (organisation.trim() !== participant.organisation) patch.organisation = organisation.trim();
        if (contact.trim() !== participant.contact) patch.contact = contact.trim();
      }
      if (sector !== participant.sector) patch.sector = sector;
      if (consent !== participant.groupsConsent) patch.groupsConsent = consent;
      if (JSON.stringify(socialGroups) !== JSON.stringify(participant.socialGroups)) patch.socialGroups = socialGroups;
      ok = Object.keys(patch).length === 0 || (await dispatch({ type: 'participant.update', payload: { id: participant.id, patch } }));
    }
    // On a refusal the dialog stays open with everything typed.
    if (ok) onClose();
  };

  const title = participant ? t('people.form.editTitle', { code: participant.code }) : t('people.form.addTitle');
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="participant-dialog"
      footer={
        <>
          {participant && !participant.erased && onErase && (
            <button type="button" className="button button-quiet pp-danger-quiet pp-footer-start" data-testid="participant-erase" onClick={onErase}>
              {t('people.form.erase')}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('people.common.cancel')}
          </button>
          <button type="submit" form={`${id}-form`} className="button button-primary" data-testid="participant-save">
            {participant ? t('people.common.save') : t('people.form.add')}
          </button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        className="people-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {erased && (
          <p className="pp-note">
            <PeopleText text={t('people.form.erasedNote')} />
          </p>
        )}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('people.form.name')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={200}
            disabled={erased}
            data-autofocus
            data-testid="participant-name"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {problem && (
            <p className="field-problem" id={`${id}-problem`} role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="pp-pair">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-org`}>
              {t('people.form.organisation')}
            </label>
            <input
              id={`${id}-org`}
              className="input"
              value={organisation}
              maxLength={300}
              disabled={erased}
              data-testid="participant-organisation"
              onChange={(event) => setOrganisation(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-sector`}>
              {t('people.form.sector')}
            </label>
            <select id={`${id}-sector`} className="input" value={sector} data-testid="participant-sector" onChange={(event) => setSector(event.target.value)}>
              <option value="">{t('people.common.noSector')}</option>
              {workshop.settings.sectors.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.label, language)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-contact`}>
            {t('people.form.contact')}
          </label>
          <input
            id={`${id}-contact`}
            className="input"
            value={contact}
            maxLength={300}
            disabled={erased}
            data-testid="participant-contact"
            aria-describedby={`${id}-contact-hint`}
            onChange={(event) => setContact(event.target.value)}
          />
          <p className="field-hint" id={`${id}-contact-hint`}>
            <PeopleText text={t('people.form.contactHint')} />
          </p>
        </div>
        <fieldset className="field pp-groups-field">
          <legend className="field-label">{t('people.form.socialGroups')}</legend>
          <label className="pp-check">
            <input type="checkbox" checked={consent} data-testid="participant-consent" onChange={(event) => setConsent(event.target.checked)} />
            <span>
              <PeopleText text={t('people.form.consent')} />
            </span>
          </label>
          <div className="pp-check-grid" aria-disabled={!consent}>
            {workshop.settings.socialGroups.map((g) => (
              <label key={g.id} className="pp-check">
                <input
                  type="checkbox"
                  disabled={!consent}
                  checked={consent && groups.includes(g.id)}
                  onChange={(event) => setGroups((list) => (event.target.checked ? [...list, g.id] : list.filter((x) => x !== g.id)))}
                />
                <span>{pick(g.label, language)}</span>
              </label>
            ))}
          </div>
          <p className="field-hint">
            <PeopleText text={t('people.form.groupsHint')} />
          </p>
        </fieldset>
        {!participant && (
          <label className="pp-check">
            <input type="checkbox" checked={checkedIn} data-testid="participant-checked-in" onChange={(event) => setCheckedIn(event.target.checked)} />
            <span>{t('people.form.checkInNow')}</span>
          </label>
        )}
      </form>
    </Dialog>
  );
}
