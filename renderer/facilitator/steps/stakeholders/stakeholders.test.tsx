// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholder, workshopWith } from '../../../../shared/people/test-support';
import { byTestId, cleanup, click, press, queryByTestId, renderApp, settle, textOf, type } from '../../../test-utils';
import { cellAt, stepFrom } from './grid-geometry';
import { layoutStakeholderGrid } from '../../../../shared/charts/stakeholder-grid';

afterEach(cleanup);

const map = () =>
  workshopWith(
    [],
    [
      stakeholder({ id: 's1', name: 'สภาองค์กรชุมชนตำบล', sector: 'community', influence: 2, interest: 4 }),
      stakeholder({ id: 's2', name: 'กรมบัญชีกลาง', sector: 'government', influence: 5, interest: 2 }),
    ],
  );

const card = (id: string) => byTestId<HTMLButtonElement>(`grid-card-${id}`);

describe('the stakeholder grid', () => {
  it('draws the shared chart builder’s SVG, with the quadrant names in the UI language only and a card button per stakeholder', async () => {
    await renderApp({ step: 'stakeholders', workshop: map() });
    const svg = byTestId('stakeholder-grid-svg').querySelector('svg')!;
    expect(svg.querySelectorAll('rect[data-stakeholder]')).toHaveLength(2);
    expect(svg.textContent).toContain('บริหารจัดการอย่างใกล้ชิด');
    // Thai mode: no English gloss on the grid or in the legend.
    expect(svg.textContent).not.toMatch(/[A-Za-z]{3}/);
    for (const english of ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor']) expect(document.body.textContent).not.toContain(english);
    expect(card('s1').getAttribute('aria-label')).toBe('สภาองค์กรชุมชนตำบล อิทธิพล 2 ความสนใจ 4 กลุ่มแจ้งให้ทราบอย่างสม่ำเสมอ');
  });

  it('names the quadrants in English only in English mode', async () => {
    await renderApp({ step: 'stakeholders', workshop: map(), uiLanguage: 'en' });
    const svg = byTestId('stakeholder-grid-svg').querySelector('svg')!;
    expect(svg.textContent).toContain('Manage closely');
    for (const thai of ['บริหารจัดการอย่างใกล้ชิด', 'ทำให้พึงพอใจ', 'แจ้งให้ทราบอย่างสม่ำเสมอ', 'ติดตามดู']) expect(document.body.textContent).not.toContain(thai);
  });

  it('moves a card one step per arrow key and dispatches stakeholder.move once, on Enter, with the new ratings', async () => {
    const host = await renderApp({ step: 'stakeholders', workshop: map() });
    await act(async () => card('s1').focus());
    await press(card('s1'), 'ArrowUp');
    // Previewed, announced, not yet sent.
    expect(host.commands).toEqual([]);
    expect(card('s1').dataset.influence).toBe('3');
    expect(byTestId('grid-announcement').textContent).toContain('อิทธิพล 3 ความสนใจ 4 อยู่ในกลุ่มบริหารจัดการอย่างใกล้ชิด');
    await press(card('s1'), 'ArrowUp');
    await press(card('s1'), 'ArrowRight');
    await press(card('s1'), 'Enter');
    expect(host.commands).toEqual([{ type: 'stakeholder.move', payload: { id: 's1', influence: 4, interest: 5 } }]);
    expect(host.snapshot().workshop!.stakeholders[0]).toMatchObject({ influence: 4, interest: 5 });
    expect(byTestId('grid-announcement').textContent).toBe('ย้าย สภาองค์กรชุมชนตำบล ไปที่อิทธิพล 4 ความสนใจ 5 แล้ว อยู่ในกลุ่มบริหารจัดการอย่างใกล้ชิด');
    expect(document.activeElement).toBe(card('s1'));
  });

  it('puts the card back on Escape and never leaves the 1–5 scale', async () => {
    const host = await renderApp({ step: 'stakeholders', workshop: map() });
    await act(async () => card('s2').focus());
    await press(card('s2'), 'ArrowUp');
    expect(card('s2').dataset.influence).toBe('5');
    await press(card('s2'), 'ArrowLeft');
    await press(card('s2'), 'Escape');
    expect(card('s2').dataset.interest).toBe('2');
    expect(byTestId('grid-announcement').textContent).toBe('ยกเลิกการย้าย กรมบัญชีกลาง');
    expect(host.commands).toEqual([]);
  });

  it('opens the side panel on Enter and saves the IAP2 levels and components as one update', async () => {
    const host = await renderApp({ step: 'stakeholders', workshop: map() });
    await act(async () => card('s2').focus());
    await press(card('s2'), 'Enter');
    expect(byTestId<HTMLInputElement>('stakeholder-name').value).toBe('กรมบัญชีกลาง');
    expect(byTestId('stakeholder-quadrant').textContent).toContain('ทำให้พึงพอใจ');
    const desired = byTestId<HTMLSelectElement>('stakeholder-desired');
    expect([...desired.options].map((o) => o.textContent)).toContain('เสริมอำนาจแก่ประชาชน (Empower)');
    await act(async () => {
      desired.value = 'collaborate';
      desired.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(byTestId('stakeholder-component-07'));
    await click(byTestId('stakeholder-save'));
    expect(host.commands).toEqual([{ type: 'stakeholder.update', payload: { id: 's2', patch: { desiredLevel: 'collaborate', components: ['C07'] } } }]);
    expect(queryByTestId('stakeholder-panel')).toBeNull();
  });

  it('adds a stakeholder from the panel, keeping what was typed when the name is missing', async () => {
    const host = await renderApp({ step: 'stakeholders', workshop: map() });
    await click(byTestId('stakeholder-add'));
    await type(byTestId<HTMLTextAreaElement>('stakeholder-description'), 'ผู้ใช้ข้อมูลเปิด');
    await click(byTestId('stakeholder-save'));
    expect(host.commands).toEqual([]);
    expect(textOf(byTestId('stakeholder-panel'))).toContain('กรุณากรอกชื่อผู้มีส่วนได้ส่วนเสีย');
    await type(byTestId<HTMLInputElement>('stakeholder-name'), 'สมาคมผู้สื่อข่าว');
    await click(byTestId('stakeholder-save'));
    expect(host.commands[0]).toMatchObject({ type: 'stakeholder.add', payload: { name: 'สมาคมผู้สื่อข่าว', description: 'ผู้ใช้ข้อมูลเปิด', influence: 3, interest: 3 } });
  });
});

describe('the stakeholder table', () => {
  it('sorts by a column and edits ratings in place', async () => {
    const host = await renderApp({ step: 'stakeholders', workshop: map() });
    await click(byTestId('view-table'));
    const names = () => [...byTestId('stakeholder-table').querySelectorAll('tbody tr .col-name')].map((cell) => cell.textContent);
    await click(byTestId('sort-influence'));
    expect(names()).toEqual(['กรมบัญชีกลาง', 'สภาองค์กรชุมชนตำบล']);
    expect(byTestId('sort-influence').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    await click(byTestId('sort-influence'));
    expect(names()).toEqual(['สภาองค์กรชุมชนตำบล', 'กรมบัญชีกลาง']);

    const interest = byTestId<HTMLSelectElement>('table-interest-s2');
    await act(async () => {
      interest.value = '4';
      interest.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(host.commands).toEqual([{ type: 'stakeholder.move', payload: { id: 's2', influence: 5, interest: 4 } }]);
    expect(byTestId('stakeholder-row-s2').textContent).toContain('บริหารจัดการอย่างใกล้ชิด');

    // The name opens the side panel.
    await click(byTestId('table-open-s1'));
    expect(byTestId<HTMLInputElement>('stakeholder-name').value).toBe('สภาองค์กรชุมชนตำบล');
  });
});

describe('grid geometry', () => {
  const layout = layoutStakeholderGrid({
    stakeholders: [],
    quadrantLabels: { manageClosely: 'a', keepSatisfied: 'b', keepInformed: 'c', monitor: 'd' },
    axisLabels: { influence: 'i', interest: 'j' },
    width: 800,
    height: 500,
  });

  it('finds the cell under a point, and the nearest one from a header or outside the plot', () => {
    for (const cell of layout.cells) {
      expect(cellAt(layout, cell.x + cell.width / 2, cell.y + cell.height / 2)).toEqual({ influence: cell.influence, interest: cell.interest });
    }
    expect(cellAt(layout, -100, -100)).toEqual({ influence: 5, interest: 1 });
    expect(cellAt(layout, 5000, 5000)).toEqual({ influence: 1, interest: 5 });
  });

  it('steps with the arrows: up is more influence, right more interest, clamped to 1..5', () => {
    expect(stepFrom({ influence: 3, interest: 3 }, 'ArrowUp')).toEqual({ influence: 4, interest: 3 });
    expect(stepFrom({ influence: 1, interest: 1 }, 'ArrowDown')).toEqual({ influence: 1, interest: 1 });
    expect(stepFrom({ influence: 3, interest: 5 }, 'ArrowRight')).toEqual({ influence: 3, interest: 5 });
    expect(stepFrom({ influence: 3, interest: 3 }, 'ArrowLeft')).toEqual({ influence: 3, interest: 2 });
    expect(stepFrom({ influence: 3, interest: 3 }, 'Tab')).toBeNull();
  });
});
