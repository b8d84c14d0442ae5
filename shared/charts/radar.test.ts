import { describe, expect, it } from 'vitest';
import { radarSvg, type RadarOptions } from './radar';
import { elementsOf } from './svg-subset';

const axes = ['01', '02', '03', '04', '05', '06', '07', '08'].map((code) => ({ label: `${code} องค์ประกอบ` }));
const base: RadarOptions = {
  axes,
  series: [
    { name: 'ปัจจุบัน', values: [1, 2, 3, 4, 5, 2.5, 3, 1] },
    { name: 'เป้าหมาย', values: [5, 5, 4, 5, 5, 4, null, 3] },
  ],
  width: 700,
  height: 700,
};

function geometry(svg: string) {
  const spoke = elementsOf(svg, 'line').find((l) => l.attributes['data-axis'] === '0')!.attributes;
  const centre = { x: Number(spoke.x1), y: Number(spoke.y1) };
  const ringRadius = (level: number) => {
    const ring = elementsOf(svg, 'polygon').find((p) => p.attributes['data-ring'] === String(level))!;
    const [x, y] = ring.attributes.points!.split(' ')[0]!.split(',').map(Number);
    return Math.hypot(x! - centre.x, y! - centre.y);
  };
  const markers = [...elementsOf(svg, 'circle'), ...elementsOf(svg, 'rect'), ...elementsOf(svg, 'polygon')]
    .map((e) => e.attributes)
    .filter((a) => a['data-series'] !== undefined && a['data-axis'] !== undefined);
  const markerCentre = (a: Record<string, string>) => {
    if (a.cx !== undefined) return { x: Number(a.cx), y: Number(a.cy) };
    if (a.width !== undefined) return { x: Number(a.x) + Number(a.width) / 2, y: Number(a.y) + Number(a.height) / 2 };
    throw new Error('not a circle or square marker');
  };
  return { centre, ringRadius, markers, markerCentre };
}

describe('the radar', () => {
  it('puts a value of 5 on the outer ring and a value of 1 on the innermost', () => {
    const { centre, ringRadius, markers, markerCentre } = geometry(radarSvg(base));
    const current = markers.filter((a) => a['data-series'] === '0');
    const five = markerCentre(current.find((a) => a['data-axis'] === '4')!);
    const one = markerCentre(current.find((a) => a['data-axis'] === '0')!);
    expect(Math.hypot(five.x - centre.x, five.y - centre.y)).toBeCloseTo(ringRadius(5), 0);
    expect(Math.hypot(one.x - centre.x, one.y - centre.y)).toBeCloseTo(ringRadius(1), 0);
    expect(ringRadius(1)).toBeCloseTo(ringRadius(5) / 5, 0);
  });

  it('places a half level halfway between two rings, on its own axis', () => {
    const { centre, ringRadius, markers, markerCentre } = geometry(radarSvg(base));
    const point = markerCentre(markers.find((a) => a['data-series'] === '0' && a['data-axis'] === '5')!);
    expect(Math.hypot(point.x - centre.x, point.y - centre.y)).toBeCloseTo((ringRadius(2) + ringRadius(3)) / 2, 0);
    // Axis 5 of 8 points down and to the left (clockwise from the top).
    expect(point.x).toBeLessThan(centre.x);
    expect(point.y).toBeGreaterThan(centre.y);
  });

  it('starts at the top and goes clockwise', () => {
    const { centre, markers, markerCentre } = geometry(radarSvg(base));
    const first = markerCentre(markers.find((a) => a['data-series'] === '0' && a['data-axis'] === '0')!);
    const third = markerCentre(markers.find((a) => a['data-series'] === '0' && a['data-axis'] === '2')!);
    expect(first.x).toBeCloseTo(centre.x, 1);
    expect(first.y).toBeLessThan(centre.y);
    expect(third.x).toBeGreaterThan(centre.x);
    expect(third.y).toBeCloseTo(centre.y, 1);
  });

  it('draws one ring per level and one spoke per component', () => {
    const svg = radarSvg(base);
    expect(elementsOf(svg, 'polygon').filter((p) => p.attributes['data-ring']).map((p) => p.attributes['data-ring'])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(elementsOf(svg, 'line').filter((l) => l.attributes['data-axis'])).toHaveLength(8);
  });

  it('closes a complete series into a shape and breaks the outline at a missing value', () => {
    const svg = radarSvg(base);
    expect(elementsOf(svg, 'polygon').filter((p) => p.attributes['data-series'] === '0')).toHaveLength(1);
    const target = elementsOf(svg, 'polyline').filter((p) => p.attributes['data-series'] === '1');
    // Eight sides, less the two that touch the missing axis 6.
    expect(target).toHaveLength(6);
    const { markers } = geometry(svg);
    expect(markers.filter((a) => a['data-series'] === '1').map((a) => a['data-axis'])).toEqual(['0', '1', '2', '3', '4', '5', '7']);
  });

  it('tells series apart by marker shape and dash, not only by colour', () => {
    const svg = radarSvg(base);
    expect(elementsOf(svg, 'circle').some((c) => c.attributes['data-series'] === '0')).toBe(true);
    expect(elementsOf(svg, 'rect').some((r) => r.attributes['data-series'] === '1')).toBe(true);
    const dashed = elementsOf(svg, 'polyline').filter((p) => p.attributes['stroke-dasharray']);
    expect(dashed.every((p) => p.attributes['data-series'] === '1')).toBe(true);
    expect(dashed.length).toBeGreaterThan(0);
  });

  it('names each series in the legend', () => {
    const texts = elementsOf(radarSvg(base), 'text').map((t) => t.content);
    expect(texts).toContain('ปัจจุบัน');
    expect(texts).toContain('เป้าหมาย');
  });

  it('uses the colour a series asks for', () => {
    const svg = radarSvg({ ...base, series: [{ name: 'a', values: [3, 3, 3, 3, 3, 3, 3, 3], colour: '#009E73' }] });
    expect(elementsOf(svg, 'polygon').find((p) => p.attributes['data-series'] === '0')?.attributes.stroke).toBe('#009E73');
  });

  it('refuses values off the scale and series of the wrong length', () => {
    expect(() => radarSvg({ ...base, series: [{ name: 'a', values: [6, 1, 1, 1, 1, 1, 1, 1] }] })).toThrow(RangeError);
    expect(() => radarSvg({ ...base, series: [{ name: 'a', values: [0.5, 1, 1, 1, 1, 1, 1, 1] }] })).toThrow(RangeError);
    expect(() => radarSvg({ ...base, series: [{ name: 'a', values: [1, 1] }] })).toThrow(RangeError);
    expect(() => radarSvg({ ...base, axes: axes.slice(0, 2), series: [] })).toThrow(RangeError);
  });
});
