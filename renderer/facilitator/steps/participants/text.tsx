import { Fragment, memo, useMemo } from 'react';
import { thaiRuns } from '../../../ui/ThaiText';

/**
 * Words on the people pages that Thai line breaking must not split (ICU's dictionary sees two
 * words in each): the default sectors and social groups, and words common in agency names.
 * Like renderer/ui/thai-ui-words.ts, an entry only removes break opportunities, never adds one.
 */
const PEOPLE_WORDS: readonly string[] = [
  'ประชาสังคม',
  'องค์กร',
  'เอกชน',
  'นักวิชาการ',
  'วิชาการ',
  'สถาบัน',
  'การศึกษา',
  'สื่อมวลชน',
  'ระหว่างประเทศ',
  'ประชาชน',
  'ทั่วไป',
  'ผู้สูงอายุ',
  'ชาติพันธุ์',
  'รายได้น้อย',
  'มหาวิทยาลัย',
  'สำนักงาน',
  'จังหวัด',
  'วิสาหกิจ',
  'ทอผ้า',
  'หนองบัว',
  'ส่วนได้ส่วนเสีย',
  'อิทธิพล',
  'ความสนใจ',
  'ใกล้ชิด',
  'สม่ำเสมอ',
  'แจ้งให้ทราบ',
  'บริหารจัดการ',
  'อย่างใกล้ชิด',
  'อย่างสม่ำเสมอ',
  'พึงพอใจ',
  'ตัดสินใจ',
  'น้อยกว่า',
  'ยอดรวม',
  'คำนวณ',
  'จำนวนจริง',
  'มีส่วนร่วม',
  'ส่วนร่วม',
  'เท่าเทียม',
  'ลงทะเบียน',
  'ส่วนบุคคล',
  'ผู้เข้าร่วม',
  'ผู้แทน',
  'ยินยอม',
  'ความยินยอม',
  'ไม่ระบุตัวตน',
  'ตัวตน',
  'นำเข้า',
  'ส่งออก',
  'แผนผัง',
  'ข้อความ',
  'อ่อนไหว',
  'ย้อนกลับ',
  'เลิกทำ',
  'สำรอง',
  'ภาษาอังกฤษ',
  'ภาษาไทย',
];

function breaksWithout(text: string, runs: readonly string[]): string[] {
  const inside = new Set<number>();
  for (const word of PEOPLE_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      for (let p = at + 1; p < at + word.length; p++) inside.add(p);
    }
  }
  // A number stays on the line of the word before it (no break between "หมู่ " and "5")
  // and no break after it either ("5 คน").
  for (let p = 1; p < text.length; p++) {
    if (/\d/.test(text[p]!) && /\s/.test(text[p - 1]!)) inside.add(p);
    if (p >= 2 && /\s/.test(text[p - 1]!) && /\d/.test(text[p - 2]!)) inside.add(p);
  }
  const merged: string[] = [];
  let position = 0;
  for (const run of runs) {
    if (merged.length > 0 && inside.has(position)) merged[merged.length - 1] += run;
    else merged.push(run);
    position += run.length;
  }
  return merged;
}

/**
 * Thai text on the people pages (sentences, labels, an organisation in a narrow cell): it breaks
 * only between words, as ThaiText does, never inside the words above, and a number stays with the
 * word before it ("หมู่ 5", "น้อยกว่า 5").
 */
export const PeopleText = memo(function PeopleText({ text }: { text: string }) {
  const runs = useMemo(() => breaksWithout(text, thaiRuns(text)), [text]);
  if (runs.length <= 1) return <>{runs[0] ?? ''}</>;
  return (
    <>
      {runs.map((run, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="thai-run">{run}</span>
        </Fragment>
      ))}
    </>
  );
});

/**
 * A person's name: it may wrap only at its spaces (between title+first name and surname), never
 * inside a name — a surname is one word to its owner, whatever a dictionary says (ปัญญา|ดี).
 */
export const NameText = memo(function NameText({ text }: { text: string }) {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return <span className="thai-run">{text}</span>;
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <span className="thai-run">{part}</span>
        </Fragment>
      ))}
    </>
  );
});

/** The same, for table cells. */
export const CellText = PeopleText;
