import { applyCommand, parseCommand } from '../../shared/commands/reducer';
import { createWorkshop } from '../../shared/domain/create';
import { importRegister } from '../../electron/import/import-register';
import { readParticipantSheet } from '../../electron/import/read-sheet';

/**
 * People figures. Target: importing a 5,000-row CSV register — decode, parse, recognise the columns,
 * map the rows, then parse and apply the import command — < 1000 ms (median of 5, after a warm-up).
 */
export default async function bench(): Promise<Record<string, number>> {
  return { import_csv_5000_rows_ms: await importCsv(5000) };
}

const SECTORS = ['ภาครัฐ', 'ภาคเอกชน', 'ภาคประชาสังคม', 'ชุมชน', 'วิชาการ', 'สื่อมวลชน', 'Private sector', 'ประชาชนทั่วไป'];

function register(rows: number): Uint8Array {
  const lines = ['ลำดับ,ชื่อ-นามสกุล,หน่วยงาน,ภาคส่วน,อีเมล,โทรศัพท์,กลุ่มทางสังคม,ยินยอม'];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `${i},นางสาวผู้เข้าร่วม ทดสอบที่${i},"สำนักงานพัฒนาระบบราชการ ${i % 40}, จังหวัด",${SECTORS[i % SECTORS.length]},p${i}@example.go.th,08${String(i).padStart(8, '0')},"ผู้หญิง, เยาวชน",${i % 3 === 0 ? 'ใช่' : 'ไม่'}`,
    );
  }
  return new TextEncoder().encode('\ufeff' + lines.join('\r\n') + '\r\n');
}

async function importCsv(rows: number): Promise<number> {
  const bytes = register(rows);
  const workshop = createWorkshop({ id: 'bench', createdAt: '2026-11-26T02:00:00.000Z' });
  const once = async () => {
    const started = performance.now();
    const read = await readParticipantSheet(bytes, { fileName: 'register.csv' });
    if (!read.ok) throw new Error(read.error.message.en);
    const plan = importRegister(read.sheet, workshop);
    const parsed = parseCommand(plan.command);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const outcome = applyCommand(workshop, parsed.command, { at: '2026-11-26T03:00:00.000Z', commandId: 'bench', actor: { kind: 'facilitator' } });
    if (!outcome.ok || outcome.document.participants.length !== rows) throw new Error('the import did not apply');
    return performance.now() - started;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return Math.round(times[2]! * 10) / 10;
}
