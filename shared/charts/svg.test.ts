import { describe, expect, it } from 'vitest';
import { escapeXml, num, shape, svgDocument, text } from './svg';
import { checkSvgSubset, elementsOf } from './svg-subset';

describe('escaping text for SVG', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('leaves Thai, tone marks and Thai digits exactly as they are', () => {
    const thai = 'ผู้มีส่วนได้ส่วนเสีย น้ำ ปั้น ๑๒๓';
    expect(escapeXml(thai)).toBe(thai);
  });

  it('drops control characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
  });
});

describe('writing numbers', () => {
  it('keeps at most two decimals and never writes -0', () => {
    expect(num(1 / 3)).toBe('0.33');
    expect(num(2)).toBe('2');
    expect(num(-0.001)).toBe('0');
  });

  it('refuses NaN and infinities rather than write them into a PDF', () => {
    expect(() => num(Number.NaN)).toThrow(RangeError);
    expect(() => num(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('checking the SVG subset', () => {
  const valid = svgDocument({ width: 100, height: 60 }, 'ชื่อ', '#FFFFFF', [
    shape('rect', { x: 1, y: 2, width: 3, height: 4, fill: '#000000' }),
    text(5, 6, 'A & <B>', { size: 10, fill: '#000000' }),
  ]);

  it('accepts what the builders write', () => {
    expect(checkSvgSubset(valid)).toEqual([]);
  });

  it('reads elements back with their attributes and text unescaped', () => {
    expect(elementsOf(valid, 'text')).toEqual([
      {
        attributes: { x: '5', y: '6', 'font-family': 'Sarabun', 'font-size': '10', 'text-anchor': 'start', fill: '#000000' },
        content: 'A & <B>',
      },
    ]);
    expect(elementsOf(valid, 'rect')).toHaveLength(2);
  });

  it.each([
    ['an unclosed element', '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Sarabun" font-size="1" text-anchor="start">a</svg>'],
    ['an element outside the subset', '<svg xmlns="http://www.w3.org/2000/svg"><g></g></svg>'],
    ['a style element', '<svg xmlns="http://www.w3.org/2000/svg"><style>a{}</style></svg>'],
    ['foreignObject', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject></foreignObject></svg>'],
    ['a class', '<svg xmlns="http://www.w3.org/2000/svg"><rect class="bar"/></svg>'],
    ['a raw ampersand', '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Sarabun" font-size="1" text-anchor="start">a & b</text></svg>'],
    ['NaN in a coordinate', '<svg xmlns="http://www.w3.org/2000/svg"><rect x="NaN"/></svg>'],
    ['undefined in an attribute', '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="undefined"/></svg>'],
    ['text without the font', '<svg xmlns="http://www.w3.org/2000/svg"><text font-size="1" text-anchor="start">a</text></svg>'],
    ['text without an anchor', '<svg xmlns="http://www.w3.org/2000/svg"><text font-family="Sarabun" font-size="1">a</text></svg>'],
    ['text outside a text element', '<svg xmlns="http://www.w3.org/2000/svg">loose</svg>'],
    ['no namespace', '<svg><rect/></svg>'],
    ['a second root', '<svg xmlns="http://www.w3.org/2000/svg"></svg><svg xmlns="http://www.w3.org/2000/svg"></svg>'],
    ['a broken points list', '<svg xmlns="http://www.w3.org/2000/svg"><polygon points="1,2 3"/></svg>'],
  ])('reports %s', (_, svg) => {
    expect(checkSvgSubset(svg).length).toBeGreaterThan(0);
  });
});
