import type { HostSnapshot, SaveState } from '../../shared/contracts/facilitator';

const SAVE_STATE: Record<SaveState, string> = {
  unsaved: 'ยังไม่ได้บันทึก',
  saving: 'กำลังบันทึก…',
  saved: 'บันทึกแล้ว',
  memory: 'ยังไม่มีไฟล์',
  error: 'บันทึกไม่สำเร็จ',
};

/** The facilitator window's title: workshop, file state, app — what a glance at the taskbar needs. */
export function windowTitle(snapshot: HostSnapshot): string {
  if (!snapshot.workshop) return 'ร่วม · Ruam';
  const title = snapshot.workshop.meta.title.trim() || 'เวทีที่ยังไม่มีชื่อ';
  const state = snapshot.file.readOnly ? 'อ่านอย่างเดียว' : SAVE_STATE[snapshot.file.saveState];
  return `${title} — ${state} — ร่วม · Ruam`;
}

/** A .ruam path among command-line arguments (double-click on Windows/Linux, `ruam-app file.ruam`). */
export function workshopFileFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.ruam')) ?? null;
}
