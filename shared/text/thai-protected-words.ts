/**
 * Corrections to ICU's Thai word segmentation (`Intl.Segmenter('th')`).
 *
 * ICU's dictionary splits some words into fragments that are not words (ธรรมาภิบาล → ธร|รมาภิ|บาล)
 * and splits some key terms of the OPDC framework between their parts. A line break at such a
 * place reads as a misspelling, so these entries are kept whole.
 *
 * An entry is the correct segmentation of a phrase: `|` marks the boundaries that should remain
 * (`มี|นโยบาย` fixes ICU's มีน|โย|บาย); an entry without `|` is one unbreakable word. `~` marks
 * where the word may be cut as a last resort, when it is wider than a whole line (a narrow table
 * column); without `~`, ICU's boundaries inside the word are used for that.
 * An entry only applies where ICU already puts a boundary at both of its ends, so a short entry
 * cannot cut a longer word that contains it (ภาครัฐ does not touch ภาค|รัฐบาล).
 *
 * Every correction is here because ICU (Node 20, full ICU) was seen splitting it; the tests check
 * that each one still changes ICU's answer, so stale entries are noticed.
 */
export const ICU_CORRECTIONS: readonly string[] = [
  // ICU splits these into fragments that are not words.
  'การ~บูรณา~การ', // กา|รบู|รณา|การ
  'บูรณา~การ', // บูรณ|า|การ
  'ธรรมา~ภิ~บาล', // ธร|รมาภิ|บาล
  'ผล~กระ~ทบ', // ผลก|ระ|ทบ
  'แดช~บอร์ด', // แด|ช|บอร์ด
  'ฉันทา~มติ', // ฉันทา|มติ (consensus)
  'เวิร์ก~ช็อป', // เวิร์|กช็อป
  'นายกฯ', // นา|ยกฯ
  'ราช~กิจจา~นุ~เบกษา', // ราช|กิจ|จา|นุ|เบกษา
  'มี|นโยบาย', // มีน|โย|บาย, as in การมีนโยบายและกฎหมาย… (component 02)
  'มีส่วนร่วม|พัฒนา', // มี|ส่วน|ร่วมพัฒนา: ICU's ร่วมพัฒนา would split มีส่วนร่วม
  // Abbreviations: ICU separates the final full stop (ก.พ.ร|.), which would start a line.
  'ก.พ.ร.',
  'ป.ป.ช.',
  'พ.ร.บ.',
  'พ.ศ.',
  'ค.ศ.',
  // Words ICU splits into two real words; the split reads wrongly in a line break.
  'พื้นฐาน', // พื้น|ฐาน (โครงสร้างพื้นฐาน, component 06)
  'เครือข่าย', // เครือ|ข่าย (ภาคีเครือข่าย, component 03)
  'องค์ความรู้', // องค์|ความ|รู้ (component 05)
  'รับผิดชอบ', // รับ|ผิด|ชอบ (accountability, principle P3)
  'เท่าเทียม', // เท่า|เทียม (equality, principle P4)
  'ตรวจสอบ', // ตรวจ|สอบ
  'ความคิดเห็น', // ความ|คิด|เห็น (รับฟังความคิดเห็น, IAP2 Consult)
  'ข้อเสนอแนะ', // ข้อ|เสนอ|แนะ
  'ร่วมมือ', // ร่วม|มือ (IAP2 Collaborate)
  'หน่วยงาน', // หน่วย|งาน
  'ท้องถิ่น', // ท้อง|ถิ่น
  'ประชาสังคม', // ประชา|สังคม (civil society)
  'ประชาพิจารณ์', // ประชา|พิจารณ์
  'ตัวชี้วัด', // ตัว|ชี้|วัด (indicator)
  'ปราบปราม', // ปราบ|ปราม
  'พระราชบัญญัติ', // พระ|ราช|บัญญัติ
  // Key terms of the framework kept whole (ICU splits them between their parts).
  'ผู้มีส่วนได้ส่วนเสีย', // ผู้|มี|ส่วน|ได้|ส่วน|เสีย (stakeholders)
  'ส่วนได้ส่วนเสีย',
  'มีส่วนร่วม', // มี|ส่วน|ร่วม (participation)
  'ภาครัฐ', // ภาค|รัฐ (the public sector)
  'ภาคประชาชน', // ภาค|ประชาชน
];

/**
 * Terms that must never be split, which ICU happens to keep whole today. Listed so that a
 * different ICU (another Node or Electron build) cannot start splitting them unnoticed.
 */
export const KEPT_WHOLE: readonly string[] = ['ประชาชน', 'นวัตกรรม', 'ทำงาน', 'กระบวนการ'];

export const THAI_PROTECTED_WORDS: readonly string[] = [...ICU_CORRECTIONS, ...KEPT_WHOLE];
