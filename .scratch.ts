import { readParticipantFile } from './electron/import/read-sheet';
import { importRegister } from './electron/import/import-register';
import { createWorkshop } from './shared/domain/create';
const w = createWorkshop({ id: 'w', createdAt: 'x' });
for (const f of ['register-utf8-bom-crlf.csv','register-groups-lf.csv','register-tis620.csv','register-utf16le.csv','empty.csv','header-only.csv','binary-image.csv','not-a-zip.xlsx','old-excel.xls','register.xlsx','bad-quotes.csv']) {
  const r = await readParticipantFile('tests/fixtures/people/'+f);
  if (!r.ok) { console.log(f, 'ERR', r.error.code, r.error.message.en); continue; }
  const plan = importRegister(r.sheet, w, {});
  console.log(f, r.sheet.format, r.sheet.encoding, r.sheet.headerLine, JSON.stringify(r.sheet.headers), JSON.stringify(r.sheet.mapping));
  console.log('  ', JSON.stringify(plan.participants), plan.lines);
  for (const p of plan.problems) console.log('   !', p.line, p.code, p.message.en);
}
