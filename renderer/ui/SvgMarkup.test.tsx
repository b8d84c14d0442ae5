// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { histogramSvg } from '../../shared/charts';
import { chartNodes } from './SvgMarkup';

describe('putting a chart into the page', () => {
  it('imports a chart built by shared/charts as SVG nodes, Thai labels intact', () => {
    const svg = histogramSvg({ counts: [1, 2, 3, 0, 1], levelLabels: ['ไม่มี', 'บางส่วน', 'เป็นระบบ', 'บูรณาการ', 'ยั่งยืน'], width: 400, height: 240 });
    const [root] = chartNodes(svg);
    expect(root?.nodeName.toLowerCase()).toBe('svg');
    expect(root?.textContent).toContain('เป็นระบบ');
  });

  it('refuses markup outside the builders’ subset: scripts, handlers, HTML, foreign content', () => {
    for (const bad of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)" width="1" height="1"/></svg>',
      '<img src=x onerror=alert(1)>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>',
      '',
    ]) {
      expect(chartNodes(bad), bad).toEqual([]);
    }
  });
});
