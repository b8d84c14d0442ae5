// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { inRoom, participant, stakeholder, workshopWith } from '../../../../shared/people/test-support';
import { byTestId, cleanup, renderApp, textOf } from '../../../test-utils';

afterEach(cleanup);

/** 3 from government and 12 from the private sector in the room; 2 youth among those who consented. */
const room = () =>
  workshopWith(
    [
      ...inRoom(3, 'government', 1),
      ...inRoom(12, 'private', 10),
      ...inRoom(2, 'community', 30, { groupsConsent: true, socialGroups: ['youth'] }),
      participant({ id: 'p90', sector: 'media' }),
    ],
    [stakeholder({ id: 's1', sector: 'media', socialGroups: ['youth'] }), stakeholder({ id: 's2', sector: 'academia' })],
    5,
  );

describe('the equality check', () => {
  it('withholds a big group too when its number would give a small one away', async () => {
    const w = room();
    // Only government is small now (3), beside a shown total: another sector must be withheld.
    const workshop = { ...w, participants: w.participants.filter((p) => p.sector !== 'community') };
    await renderApp({ step: 'equality', workshop });
    expect(byTestId('equality-sectors-count-government').textContent).toBe('น้อยกว่า 5');
    expect(byTestId('equality-sectors-count-private').textContent).toBe('ไม่แสดง');
    expect(textOf(byTestId('equality-sectors'))).not.toContain('12');
  });

  it('never shows a group count below the minimum group size: it reads “fewer than 5”', async () => {
    await renderApp({ step: 'equality', workshop: room() });
    expect(byTestId('equality-sectors-count-government').textContent).toBe('น้อยกว่า 5');
    expect(byTestId('equality-sectors-count-community').textContent).toBe('น้อยกว่า 5');
    expect(byTestId('equality-groups-count-youth').textContent).toBe('น้อยกว่า 5');
    // The people who consented are a group too (2 here).
    expect(byTestId('equality-facts').textContent).toContain('น้อยกว่า 5 คนยินยอมระบุกลุ่มทางสังคม');
    // A big group is shown as it is (the two small ones together are not small: nothing to work out).
    expect(byTestId('equality-sectors-count-private').textContent).toBe('12');
    // Nothing in the view gives the small numbers away, the chart included.
    const chart = byTestId('equality-sectors-chart').querySelector('svg')!;
    const values = [...chart.querySelectorAll('text[data-value]')].map((t) => t.getAttribute('data-value'));
    expect(values).not.toContain('3');
    expect(values).not.toContain('2');
    expect(values.filter((v) => v === 'suppressed').length).toBeGreaterThanOrEqual(2);
    expect(textOf(byTestId('equality-view'))).not.toMatch(/(^|[^\d])[23] คน/);
  });

  it('reads the gaps out as sentences, room first, in the UI language', async () => {
    await renderApp({ step: 'equality', workshop: room(), uiLanguage: 'en' });
    const sentences = [...byTestId('equality-sentences').querySelectorAll('li')].map((li) => li.textContent);
    // Sectors spoken for on the map come first (academia and media, one stakeholder each).
    expect(sentences[0]).toContain('No one from Academia is in the room yet, although 1 stakeholder on the map is from this sector.');
    expect(sentences[1]).toContain('No one from Media is in the room yet, although 1 stakeholder on the map is from this sector.');
    expect(sentences.some((s) => s?.includes('Few people from Government are in the room (fewer than 5).'))).toBe(true);
    expect(byTestId('equality-sectors-count-government').textContent).toBe('fewer than 5');
    expect(byTestId('equality-sectors-row-media').textContent).toContain('No one in the room yet');
  });
});
