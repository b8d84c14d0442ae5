import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of docs/architecture.md, checked on every source file:
 *
 *   renderer → shared ← electron        (renderer and electron never import each other)
 *
 * - only the Electron glue imports `electron` (main, ipc, protocol, menu, windows/, preload/, desktop/):
 *   everything else must run in plain Node, where `require('electron')` throws;
 * - shared/ is pure: no Node builtins, no React, no Electron, no DOM globals, nothing from
 *   electron/ or renderer/;
 * - renderer/ imports nothing from electron/ (types it shares with main come from shared/contracts);
 * - electron/ imports nothing from renderer/.
 *
 * Test files (`*.test.*`, `*.spec.*`, and everything under tests/) are harnesses, not layers: they
 * may mock `electron` and reach across. Files are parsed (vite's oxc parser), so comments and
 * strings never count and type-only imports are seen too.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-results', 'playwright-report', 'out']);
const SOURCE = /\.(ts|tsx|mts|cts)$/;

const ELECTRON_GLUE = [
  /^electron\/(main|ipc|protocol|menu)\.ts$/,
  /^electron\/windows\/[^/]+\.ts$/,
  /^electron\/preload\/[^/]+\.ts$/,
  /^electron\/desktop\/[^/]+\.ts$/,
];
const DOM_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage']);
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

interface SourceFile {
  /** Project-relative, forward slashes: `electron/host/workshop-host.ts`. */
  path: string;
  text: string;
}

interface Violation {
  file: string;
  rule: 'electron-only-in-glue' | 'shared-is-pure' | 'renderer-not-electron' | 'electron-not-renderer' | 'unparsable';
  detail: string;
}

interface ModuleReference {
  specifier: string;
  how: string;
}

const isTestFile = (file: string) => file.startsWith('tests/') || /\.(test|spec)\.(ts|tsx|mts|cts)$/.test(file);
const isGlue = (file: string) => ELECTRON_GLUE.some((pattern) => pattern.test(file));
const isElectronPackage = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');
const isPackage = (specifier: string, name: string) => specifier === name || specifier.startsWith(`${name}/`);
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0] ?? '');

/** Where a relative import lands, project-relative; null for a package. */
function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
}

const inFolder = (target: string | null, folder: string) => target !== null && (target === folder || target.startsWith(`${folder}/`));

type Node = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

const stringValue = (node: unknown): string | null => {
  if (!isNode(node)) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const [quasi] = node.quasis as Array<{ value: { cooked: string } }>;
    return quasi?.value.cooked ?? null;
  }
  // TS import types wrap the string: import('x').T
  if (node.type === 'TSLiteralType') return stringValue(node.literal);
  return null;
};

/** Names bound by a declaration pattern (`a`, `{ a, b: c }`, `[d, ...e]`, `f = 1`). */
function boundNames(pattern: unknown, into: Set<string>): void {
  if (!isNode(pattern)) return;
  switch (pattern.type) {
    case 'Identifier':
      into.add(pattern.name as string);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties as Node[]) boundNames(property.type === 'RestElement' ? property.argument : property.value, into);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements as unknown[]) boundNames(element, into);
      break;
    case 'AssignmentPattern':
      boundNames(pattern.left, into);
      break;
    case 'RestElement':
      boundNames(pattern.argument, into);
      break;
    case 'TSParameterProperty':
      boundNames(pattern.parameter, into);
      break;
  }
}

/** Every module this file refers to, in any form, type-only included. */
function moduleReferences(program: Node): ModuleReference[] {
  const references: ModuleReference[] = [];
  const add = (source: unknown, how: string) => {
    const specifier = stringValue(source);
    if (specifier !== null) references.push({ specifier, how });
  };
  walk(program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
        add(node.source, node.importKind === 'type' ? 'import type' : 'import');
        break;
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        add(node.source, 'export … from');
        break;
      case 'ImportExpression':
        add(node.source, 'import()');
        break;
      case 'CallExpression': {
        const callee = node.callee as Node;
        const [first] = node.arguments as unknown[];
        if (callee.type === 'Identifier' && callee.name === 'require') add(first, 'require()');
        // require.resolve('electron') still ties the file to the package.
        if (callee.type === 'MemberExpression' && isNode(callee.object) && callee.object.type === 'Identifier' && callee.object.name === 'require') add(first, 'require.resolve()');
        break;
      }
      case 'TSExternalModuleReference':
        add(node.expression, 'import = require()');
        break;
      case 'TSImportType':
        add(node.argument ?? node.source, 'import() type');
        break;
    }
  });
  return references;
}

/**
 * DOM globals used as objects (`window.x`, `document.title`, `localStorage.getItem`, and the same
 * through `globalThis.`). A file that declares its own `document` (a workshop document, say) is
 * left alone: this is a layer check, not a scope analysis.
 */
function domGlobalUses(program: Node): string[] {
  const declared = new Set<string>();
  walk(program, (node) => {
    if (node.type === 'VariableDeclarator') boundNames(node.id, declared);
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
      if (isNode(node.id)) boundNames(node.id, declared);
      for (const param of node.params as unknown[]) boundNames(param, declared);
    }
    if (node.type === 'ClassDeclaration' && isNode(node.id)) boundNames(node.id, declared);
    if (node.type === 'CatchClause') boundNames(node.param, declared);
    if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') boundNames(node.local, declared);
  });
  const uses: string[] = [];
  walk(program, (node) => {
    if (node.type !== 'MemberExpression') return;
    const object = node.object as Node;
    if (object.type === 'Identifier' && DOM_GLOBALS.has(object.name as string) && !declared.has(object.name as string)) {
      uses.push(`${object.name as string}.`);
    }
    const property = node.property as Node;
    if (object.type === 'Identifier' && object.name === 'globalThis' && !node.computed && DOM_GLOBALS.has(property.name as string)) {
      uses.push(`globalThis.${property.name as string}`);
    }
  });
  return uses;
}

/** The checker: every violation of the layer rules in these files. */
function findLayerViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (isTestFile(file.path)) continue;
    const parsed = parseSync(file.path, file.text);
    if (parsed.errors.length > 0) {
      violations.push({ file: file.path, rule: 'unparsable', detail: parsed.errors[0]?.message ?? 'parse error' });
      continue;
    }
    const program = parsed.program as unknown as Node;
    const inShared = file.path.startsWith('shared/');
    const inRenderer = file.path.startsWith('renderer/');
    const inElectron = file.path.startsWith('electron/');

    for (const { specifier, how } of moduleReferences(program)) {
      const target = resolveRelative(file.path, specifier);
      if (isElectronPackage(specifier) && !isGlue(file.path)) {
        violations.push({ file: file.path, rule: 'electron-only-in-glue', detail: `${how} '${specifier}'` });
      }
      if (inShared) {
        if (target === null && isNodeBuiltin(specifier)) violations.push({ file: file.path, rule: 'shared-is-pure', detail: `${how} Node builtin '${specifier}'` });
        if (isPackage(specifier, 'react') || isPackage(specifier, 'react-dom')) violations.push({ file: file.path, rule: 'shared-is-pure', detail: `${how} '${specifier}'` });
        if (inFolder(target, 'electron') || inFolder(target, 'renderer')) violations.push({ file: file.path, rule: 'shared-is-pure', detail: `${how} '${specifier}' (${target})` });
      }
      if (inRenderer && inFolder(target, 'electron')) {
        violations.push({ file: file.path, rule: 'renderer-not-electron', detail: `${how} '${specifier}' (${target})` });
      }
      if (inElectron && inFolder(target, 'renderer')) {
        violations.push({ file: file.path, rule: 'electron-not-renderer', detail: `${how} '${specifier}' (${target})` });
      }
    }
    if (inShared) {
      for (const use of domGlobalUses(program)) violations.push({ file: file.path, rule: 'shared-is-pure', detail: `uses the DOM global ${use}` });
    }
  }
  return violations;
}

function sourceFiles(dir = ROOT): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (entry.isFile() && SOURCE.test(entry.name)) {
      files.push({ path: path.relative(ROOT, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  }
  return files;
}

const format = (violations: Violation[]) => violations.map((v) => `${v.file}: [${v.rule}] ${v.detail}`).join('\n');

describe('layer rules', () => {
  const files = sourceFiles();

  it('walks the real source tree', () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain('electron/main.ts');
    expect(paths).toContain('shared/contracts/facilitator.ts');
    expect(paths.some((file) => file.startsWith('renderer/'))).toBe(true);
    expect(paths.some((file) => file.startsWith('node_modules/') || file.startsWith('dist/'))).toBe(false);
  });

  it('hold for every source file', () => {
    const violations = findLayerViolations(files);
    expect(violations, `\n${format(violations)}\n`).toEqual([]);
  });
});

describe('the layer checker itself (so the test above can fail)', () => {
  const check = (file: string, text: string) => findLayerViolations([{ path: file, text }]).map((v) => v.rule);

  it.each([
    ['electron/host/workshop-host.ts', "import { app } from 'electron';"],
    ['electron/export/pdf.ts', "import type { BrowserWindow } from 'electron';"],
    ['electron/cli.ts', "const { shell } = require('electron');"],
    ['electron/participant-server/server.ts', "const { utilityProcess } = await import('electron');"],
    ['electron/web/web-server.ts', "export { app } from 'electron';"],
    ['electron/paths.ts', "import electron = require('electron');"],
    ['electron/host/x.ts', "let win: import('electron').BrowserWindow;"],
    ['renderer/transport/ipc.ts', "import { ipcRenderer } from 'electron/renderer';"],
    ['electron/windows/deep/nested.ts', "import { app } from 'electron';"],
  ])('flags %s importing electron outside the glue', (file, text) => {
    expect(check(file, text)).toContain('electron-only-in-glue');
  });

  it.each([
    "import { readFile } from 'node:fs/promises';",
    "import path from 'path';",
    "import { randomUUID } from 'crypto';",
    "import type { Buffer } from 'node:buffer';",
    "const fs = require('fs');",
    "import React from 'react';",
    "import { createRoot } from 'react-dom/client';",
    "import { jsx } from 'react/jsx-runtime';",
    'const title = window.location.href;',
    "document.title = 'Ruam';",
    "localStorage.setItem('k', 'v');",
    "sessionStorage.getItem('k');",
    'globalThis.localStorage.clear();',
    "import { WorkshopHost } from '../../electron/host/workshop-host';",
    "import { useAppStore } from '../../renderer/store/app-store';",
  ])('flags shared/ doing: %s', (text) => {
    expect(check('shared/domain/example.ts', text)).toContain('shared-is-pure');
  });

  it('flags shared/ importing electron', () => {
    expect(check('shared/domain/example.ts', "import { app } from 'electron';")).toEqual(['electron-only-in-glue']);
  });

  it.each([
    "import { WorkshopHost } from '../../electron/host/workshop-host';",
    "import type { WindowRole } from '../../electron/ipc';",
    "const { APP_CSP } = await import('../../electron/web/csp');",
  ])('flags renderer/ reaching into electron/: %s', (text) => {
    expect(check('renderer/facilitator/main.tsx', text)).toContain('renderer-not-electron');
  });

  it.each([
    ['electron/main.ts', "import { useAppStore } from '../renderer/store/app-store';"],
    ['electron/host/workshop-host.ts', "import type { AppState } from '../../renderer/store/app-store';"],
  ])('flags %s reaching into renderer/', (file, text) => {
    expect(check(file, text)).toContain('electron-not-renderer');
  });

  it('flags a file it cannot parse instead of passing it', () => {
    expect(check('shared/domain/broken.ts', 'import { from;')).toEqual(['unparsable']);
  });

  it.each([
    ['electron/main.ts', "import { app } from 'electron';"],
    ['electron/ipc.ts', "import { ipcMain } from 'electron';"],
    ['electron/windows/guards.ts', "import { shell } from 'electron';"],
    ['electron/preload/facilitator.ts', "import { contextBridge } from 'electron';"],
    ['electron/host/workshop-host.test.ts', "vi.mock('electron', () => ({})); import { app } from 'electron';"],
    ['tests/electron-stub/fake.ts', "import type { App } from 'electron';"],
    ['shared/format/file.test.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/host/workshop-file.ts', "import { readFile } from 'node:fs/promises'; import { z } from 'zod';"],
    ['electron/cli.ts', "import Store from 'electron-store-like';"],
    ['renderer/transport/index.ts', "import type { FacilitatorApi } from '../../shared/contracts/facilitator'; import { REQUEST_NAMES } from '../../shared/contracts/channels';"],
    ['renderer/store/app-store.ts', "localStorage.getItem('ruam.uiLanguage'); window.ruam;"],
    ['electron/main.ts', "import { WorkshopHost } from './host/workshop-host';"],
    ['shared/commands/reducer.ts', 'export function apply(document: { meta: object }) { return document.meta; }'],
    ['shared/domain/text.ts', "// window.location is the browser's\nconst hint = 'document.title and localStorage';\nimport { z } from 'zod';"],
    ['shared/domain/obj.ts', "const settings = { window: 3 }; settings.window; const o = { document: 1 }.document;"],
  ])('lets %s be', (file, text) => {
    expect(findLayerViolations([{ path: file, text }]), file).toEqual([]);
  });
});
