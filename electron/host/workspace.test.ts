import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryPreferences } from './preferences';
import { WorkshopHost } from './workshop-host';
import { Workspace, defaultFileName, sanitiseFileName } from './workspace';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-workspace-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('naming a new workshop file', () => {
  // 26 Nov 2026, 10:00 in Bangkok; the local date is what counts.
  const now = new Date(2026, 10, 26, 10, 0);

  it('is Thai with a พ.ศ. date when it has no title yet, not "2026-11-26 workshop"', () => {
    expect(defaultFileName({}, now)).toBe('2569-11-26 เวิร์กชอป.ruam');
    expect(defaultFileName({ language: 'en' }, now)).toBe('2026-11-26 Workshop.ruam');
  });

  it('uses the title and date when there are some, shortened at a word', () => {
    expect(defaultFileName({ title: 'เวทีรับฟังความคิดเห็น จังหวัดขอนแก่น', date: '2026-12-15' }, now)).toBe('2569-12-15 เวทีรับฟังความคิดเห็น จังหวัดขอนแก่น.ruam');
    const long = defaultFileName({ title: 'เวทีรับฟังความคิดเห็นการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย จังหวัดขอนแก่น ประจำปีงบประมาณ พ.ศ. 2570', date: '2026-12-15' }, now);
    expect(long).toBe('2569-12-15 เวทีรับฟังความคิดเห็นการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วม.ruam');
  });

  it('makes a name a window asks for safe', () => {
    expect(sanitiseFileName('../เวที:ทดลอง')).toBe('เวที ทดลอง');
  });

  it('creates the file under that name, and a second one beside it', async () => {
    const host = new WorkshopHost();
    const workspace = new Workspace(host, { folder: dir, preferences: memoryPreferences(), clock: () => now });
    host.attachWorkspace(workspace);
    await workspace.create({});
    await workspace.create({});
    await workspace.create({}, '...');
    await workspace.close();
    expect((await readdir(dir)).filter((name) => name.endsWith('.ruam')).sort()).toEqual([
      '2569-11-26 เวิร์กชอป-2.ruam',
      '2569-11-26 เวิร์กชอป-3.ruam',
      '2569-11-26 เวิร์กชอป.ruam',
    ]);
  });
});
