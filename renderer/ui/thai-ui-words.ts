/**
 * Words the screen must not break inside, on top of shared/text/thai-protected-words.ts.
 *
 * ICU's Thai dictionary (the same in Node and Chromium) splits these, in the framework's wording or
 * in our own UI text, either into fragments that are not words (ขั้น|ตอ|นข|อง, การเต|รี|ยม) or
 * between the parts of a compound, which reads as a misspelling at a line end (ส่ง|เสริม).
 * Unlike the shared list this one only removes break opportunities, never adds one, so an entry
 * can only make a run longer, not cut a word.
 *
 * For the lead: these belong in shared/text/thai-protected-words.ts (the PDF minutes wrap the
 * same framework text); once they are there, this file can go.
 */
export const UI_PROTECTED_WORDS: readonly string[] = [
  // Fragments that are not words.
  'ขั้นตอนของ', // ขั้น|ตอ|นข|อง
  'การเตรียม', // การเต|รี|ยม
  'การกระจาย', // การก|ระ|จาย
  'โปรเจกเตอร์', // โปร|เจ|ก|เตอร์
  'เวิร์กชอป', // เวิร์|กช|อป (the shared list has the spelling เวิร์กช็อป)
  'ผู้รับผิดชอบ', // ผู้รับ|ผิด|ชอบ
  'ข้อผิดพลาด', // ข้อ|ผิด|พลาด
  'ดำเนินการ', // ดำ|เนิน|การ
  // Compounds of the framework's wording and of the UI.
  'ส่งเสริม', // ส่ง|เสริม (the framework's name)
  'เปิดเผย', // เปิด|เผย (component 01)
  'คืบหน้า', // คืบ|หน้า (component 07)
  'หลักฐาน', // หลัก|ฐาน
  'องค์ประกอบ', // องค์|ประกอบ
  'ผู้เข้าร่วม', // ผู้|เข้า|ร่วม (participants)
  'ความหมาย', // ความ|หมาย (meaningful)
  'แนวคิด', // แนว|คิด
  'หน้าจอ', // หน้า|จอ
  'เชื่อมต่อ', // เชื่อม|ต่อ
  'เครื่องมือ', // เครื่อง|มือ
  'ครั้งที่', // ครั้ง|ที่
  // From the scoring screens.
  'เป้าหมาย', // เป้า|หมาย (target level)
  'ฉันทามติ', // ฉัน|ทา|มติ (consensus)
  'หลากหลาย', // หลาก|หลาย
  'ปฏิบัติการ', // ปฏิบัติ|การ (workshop)
  'คำตอบ', // รับคำ|ตอบ
  'การกรอก', // การก|รอก
  'ทุกรอบ', // ทุกร|อบ
];

