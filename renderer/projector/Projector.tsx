import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { FacilitatorApi, HostSnapshot } from '../../shared/contracts/facilitator';
import { INITIAL_PRESENTATION, type HostPresentation } from '../../shared/projector/presentation';
import { toProjectorView } from '../../shared/projector/to-view';
import { applyDocumentLanguage } from '../i18n';
import { ProjectorScreen } from './ProjectorScreen';

/** What the projector may use: read and follow, nothing else (the desktop preload gives no more). */
export type ProjectorSource = Pick<FacilitatorApi, 'onSnapshot'>;

/**
 * The presentation a snapshot carries; a host without one (an older host) gets the welcome slide
 * built here from the document, by the same pure function the host uses.
 */
export function presentationOf(snapshot: HostSnapshot | null): HostPresentation {
  if (snapshot?.presentation) return snapshot.presentation;
  return { state: INITIAL_PRESENTATION, view: toProjectorView(snapshot?.workshop ?? null, INITIAL_PRESENTATION) };
}

/**
 * The audience window. It renders the typed view the host sends and never edits anything: the
 * host holds the presentation, so the projector keeps showing the right slide while the
 * facilitator window reloads, and a reloaded projector comes straight back to it.
 */
export function Projector({ source, i18n }: { source: ProjectorSource; i18n: I18n }) {
  const [snapshot, setSnapshot] = useState<HostSnapshot | null>(null);
  useEffect(
    () =>
      source.onSnapshot((next) =>
        setSnapshot((current) => (current && next.revision < current.revision && next.workshop?.id === current.workshop?.id ? current : next)),
      ),
    [source],
  );
  const presentation = useMemo(() => presentationOf(snapshot), [snapshot]);
  const language = presentation.view.language;
  useEffect(() => {
    applyDocumentLanguage(language);
    document.title = `Ruam — ${language === 'th' ? 'จอภาพ' : 'Projector'}`;
  }, [language]);

  return (
    <I18nextProvider i18n={i18n}>
      <main className="pj-page">
        <ProjectorScreen presentation={presentation} revision={snapshot?.revision ?? 0} />
      </main>
    </I18nextProvider>
  );
}
