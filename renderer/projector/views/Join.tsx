import type { ViewOf } from '../../../shared/projector/types';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';

/** The QR code as an image: the SVG comes from `qrcode` on the host, shown as data, never as markup. */
function qrImage(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** How to join from a phone: the QR code, the address, the session code and how many joined. */
export function JoinSlide({ view }: { view: ViewOf<'join'> }) {
  const { t } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view));
  const access = view.access;
  const ready = access?.running && access.url && access.qrSvg && !access.loopbackOnly;
  const problem = !access
    ? t('projector.join.unavailable')
    : access.loopbackOnly
      ? t('projector.join.loopback')
      : !access.running || !access.url
        ? t('projector.join.starting')
        : !access.joinOpen
          ? t('projector.join.closed')
          : null;
  return (
    <Slide kind="join" heading={t('projector.join.heading')} fitRef={ref} fit={fit}>
      <div className={`pj-join${ready ? '' : ' pj-join-unready'}`}>
        {ready && (
          <div className="pj-join-qr">
            <img src={qrImage(access.qrSvg!)} alt={access.url!} data-testid="projector-qr" />
          </div>
        )}
        <div className="pj-join-text">
          {ready && (
            <>
              <TextBox className="pj-join-step" text={t('projector.join.scan')} />
              <TextBox className="pj-join-step pj-muted" text={t('projector.join.orOpen')} />
              <p className="pj-join-url" data-textbox="" data-testid="projector-join-url">
                {access.url!.replace(/^https?:\/\//, '')}
              </p>
              <div className="pj-join-code">
                <TextBox className="pj-label" text={t('projector.join.code')} />
                <p className="pj-join-code-value" data-textbox="" data-testid="projector-session-code">
                  {access.sessionCode}
                </p>
              </div>
            </>
          )}
          {problem && <TextBox className="pj-notice" text={problem} testId="projector-join-problem" />}
          <div className="pj-join-count">
            <TextBox className="pj-label" text={t('projector.join.joined')} />
            <p className="pj-big-number" data-textbox="" data-testid="projector-joined">
              {t('projector.join.people', { count: view.joined })}
            </p>
            {view.connected !== null && <TextBox className="pj-muted" text={t('projector.join.online', { count: view.connected })} />}
          </div>
          {ready && <TextBox className="pj-muted" text={t('projector.join.wifi')} />}
        </div>
      </div>
    </Slide>
  );
}
