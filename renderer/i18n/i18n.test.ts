import { describe, expect, it } from 'vitest';
import { th, en } from './index';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const thai = leaves(th as Tree);
  const english = leaves(en as Tree);

  it('have exactly the same keys in Thai and English', () => {
    expect([...english.keys()].sort()).toEqual([...thai.keys()].sort());
  });

  it('have no empty values', () => {
    const empty = [...thai, ...english].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const mismatched = [...thai].filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(english.get(key) ?? '')));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
