/**
 * Where the Sarabun font files are. The default is `resources/fonts` of the project, found by
 * walking up from this file, so it works from the sources, from a build in dist/, and from tests.
 * A packaged app (fonts under process.resourcesPath) passes its own directory.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SARABUN_FILES = {
  normal: 'Sarabun_400Regular.ttf',
  bold: 'Sarabun_700Bold.ttf',
  italics: 'Sarabun_400Regular_Italic.ttf',
  bolditalics: 'Sarabun_700Bold_Italic.ttf',
} as const;

export interface FontFamilyFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

let foundFontsDir: string | undefined;

/** The project's resources/fonts directory, looked up once. */
export function defaultFontsDir(): string {
  if (foundFontsDir) return foundFontsDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, SARABUN_FILES.normal))) {
      foundFontsDir = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`Sarabun fonts not found in resources/fonts above ${fileURLToPath(import.meta.url)}; pass fontsDir`);
    }
    dir = parent;
  }
}

/** Absolute paths of the four Sarabun styles in `fontsDir`; throws if one is missing. */
export function sarabunFiles(fontsDir: string = defaultFontsDir()): FontFamilyFiles {
  const files = {
    normal: resolve(fontsDir, SARABUN_FILES.normal),
    bold: resolve(fontsDir, SARABUN_FILES.bold),
    italics: resolve(fontsDir, SARABUN_FILES.italics),
    bolditalics: resolve(fontsDir, SARABUN_FILES.bolditalics),
  };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) throw new Error(`Font file missing: ${file}`);
  }
  return files;
}
