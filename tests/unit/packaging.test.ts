import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the packaging configuration', () => {
  it('associates .ruam files with Ruam, so a double-click opens the workshop', () => {
    expect(pkg.build.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'ruam', role: 'Editor' }));
  });

  it('ships the built app and the fonts, and installs the ruam command', () => {
    expect(pkg.build.files).toEqual(expect.arrayContaining(['dist/**', 'resources/**']));
    expect(pkg.bin.ruam).toBe('bin/ruam.mjs');
    expect(pkg.main).toBe('dist/electron/main.js');
  });

  it('pins pdfmake: the Thai patch fits exactly this version', () => {
    expect(pkg.dependencies.pdfmake).toBe('0.3.11');
  });
});
