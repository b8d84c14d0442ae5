/**
 * The one list of Thai words that ICU's word segmentation (`Intl.Segmenter('th')`, the same
 * dictionary in Node and in Chromium) gets wrong. Everything that finds Thai words uses it through
 * shared/text/thai-segment.ts: the PDF's line breaking, the screen (renderer/ui/ThaiText), the
 * charts (shared/charts/text.ts) and the projector's word cloud.
 *
 * ICU splits these either into fragments that are not words (ธรรมาภิบาล → ธร|รมาภิ|บาล,
 * เวิร์กชอป → เวิร์|กช|อป) or between the parts of a word that a reader takes as two other words
 * (ขั้น|ตอน, งบ|ประมาณ, ผู้|เข้า|ร่วม). A line break at such a place reads as a misspelling, and a
 * word cloud that shows งบ and ประมาณ says something nobody wrote. Each entry is a dictionary word
 * or a fixed term of the framework, of government use or of our own screens; not a phrase.
 *
 * How an entry reads:
 * - Without `|` it is one word, never broken inside.
 * - With `|` it is the correct segmentation of a short phrase that ICU misreads as a whole
 *   (`มี|นโยบาย` for ICU's มีน|โย|บาย): the `|` are its word boundaries, nothing else is. These fix
 *   a context in which ICU's boundaries around a word are wrong, so that the word comes out whole
 *   and its neighbours stay separate words.
 * - `~` marks where the word may be cut as a last resort, when it is wider than a whole line (a
 *   narrow table column); without `~`, ICU's boundaries inside it are used for that, so an entry
 *   that ICU cuts into fragments has `~` marks.
 *
 * How it applies (thai-segment.ts):
 * - Where ICU puts a boundary at both ends of an entry, the entry's segmentation replaces ICU's
 *   inside it: it may remove boundaries and add them (`|`).
 * - Where a word without `|` occurs but ICU's boundaries straddle one of its ends (ICU read
 *   ส่วนเสีย|บน as ส่วน|เสียบน), its inner boundaries are only removed: the run it sits in may be
 *   longer than the word, never cut inside it. So a word is never broken, whatever ICU reads
 *   around it; a `|` entry for the context gives the better segmentation where we know it.
 *
 * Upkeep: shared/text/thai-corpus.test.ts runs every Thai string of the UI, the framework and the
 * minutes through the segmenter and fails when a listed word is split there or comes out fused to
 * a neighbour; it also fails when an entry no longer changes ICU's answer anywhere (unless it is in
 * KEPT_WHOLE), so stale entries are noticed.
 */
export const ICU_CORRECTIONS: readonly string[] = [
  // ---- ICU cuts these into fragments that are not words ------------------------------------
  'การ~บูรณา~การ', // กา|รบู|รณา|การ
  'บูรณา~การ', // บูรณ|า|การ
  'ธรรมา~ภิ~บาล', // ธร|รมาภิ|บาล
  'ผล~กระ~ทบ', // ผลก|ระ|ทบ
  'แดช~บอร์ด', // แด|ช|บอร์ด
  'ฉันทา~มติ', // ฉันทา|มติ (consensus)
  'เวิร์ก~ช็อป', // เวิร์|กช็อป
  'เวิร์ก~ชอป', // เวิร์|กช|อป, the spelling of our screens
  'โปร~เจก~เตอร์', // โปร|เจ|ก|เตอร์
  'คอน~ทราสต์', // คอ|นท|รา|สต์
  'ฮอต~สปอต', // ฮอต|ส|ปอต (the phones' Wi-Fi help)
  'โซ~เชียล~มี~เดีย', // โซ|เชีย|ลมี|เดีย
  'เอ็น~จี~โอ', // เอ็น|จี|โอ
  'นายกฯ', // นา|ยกฯ
  'ราช~กิจจา~นุ~เบกษา', // ราช|กิจ|จา|นุ|เบกษา
  'ดำเนิน~การ', // ดำ|เนิน|การ beside ผู้ (ผู้ดำเนินการ, the facilitator)
  'ผู้~รับ~ผิด~ชอบ', // ผู้รับ|ผิด|ชอบ
  'ข้อ~ผิด~พลาด', // ข้อ|ผิด|พลาด

  // ---- Contexts ICU misreads: the segmentation of the phrase, `|` between its words ----------
  'มี|นโยบาย', // มีน|โย|บาย, as in การมีนโยบายและกฎหมาย… (component 02)
  'มีส่วนร่วม|พัฒนา', // มี|ส่วน|ร่วมพัฒนา: ICU's ร่วมพัฒนา would split มีส่วนร่วม
  'ผู้มีส่วนได้ส่วนเสีย|บน', // ผู้|มี|ส่วน|ได้|ส่วน|เสียบน
  'ขั้น~ตอน|ของ', // ขั้น|ตอ|นข|อง
  'การ|เตรียม', // การเต|รี|ยม
  'การ|กระ~จาย', // การก|ระ|จาย
  'การ|กระ~ตุ้น', // การก|ระ|ตุ้น (component 04)
  'การ|กรอก', // การก|รอก
  'รับ|คำตอบ', // รับคำ|ตอบ (เปิดรับคำตอบ)
  'ทุก|รอบ', // ทุกร|อบ
  'จะ|บันทึก', // จะบัน|ทึก
  'ตาม|พระ~ราช~บัญญัติ', // ตามพ|ระ|ราช|บัญญัติ
  'ความ|เห็นพ้อง', // ความเห็น|พ้อง once ความเห็น is kept whole
  'เลิกทำ|ได้', // เลิก|ทำได้
  'เลิกทำ|การ', // เลิก|ทำการ (เลิกทำการนำเข้า)
  'การ|นำเข้า', // การนำ|เข้า

  // ---- Words ICU splits into two other words: the framework's key terms ---------------------
  'ผู้มีส่วนได้ส่วนเสีย', // ผู้|มี|ส่วน|ได้|ส่วน|เสีย (stakeholders)
  'ส่วนได้ส่วนเสีย',
  'มีส่วนร่วม', // มี|ส่วน|ร่วม (participation)
  'ส่วนร่วม',
  'ภาครัฐ', // ภาค|รัฐ (the public sector)
  'ภาคประชาชน', // ภาค|ประชาชน
  'ภาคประชาสังคม', // ภาค|ประชา|สังคม
  'ประชาสังคม', // ประชา|สังคม (civil society)
  'ภาคเอกชน', // ภาค|เอกชน
  'ภาคธุรกิจ', // ภาค|ธุรกิจ
  'ภาคส่วน', // ภาค|ส่วน (sector)
  'ระบบเปิด', // ระบบ|เปิด (ภาครัฐระบบเปิด, open government)
  'ระบบนิเวศ', // ระบบ|นิเวศ (the ecosystem of 8 components)
  'ส่งเสริม', // ส่ง|เสริม (the framework's name)
  'ความหมาย', // ความ|หมาย (meaningful)
  'องค์ประกอบ', // องค์|ประกอบ (component)
  'หลักการ', // หลัก|การ (principle)
  'แนวคิด', // แนว|คิด in กรอบแนวคิด (whole alone)
  'เปิดเผย', // เปิด|เผย (component 01)
  'เผยแพร่', // เผย|แพร่
  'เครือข่าย', // เครือ|ข่าย (ภาคีเครือข่าย, component 03)
  'ร่วมมือ', // ร่วม|มือ (IAP2 Collaborate)
  'แรงจูงใจ', // แรง|จูงใจ (component 04)
  'องค์ความรู้', // องค์|ความ|รู้ (component 05)
  'พื้นฐาน', // พื้น|ฐาน (โครงสร้างพื้นฐาน, component 06)
  'คืบหน้า', // คืบ|หน้า (component 07)
  'ประเมินผล', // ประเมิน|ผล (component 07)
  'รับผิดชอบ', // รับ|ผิด|ชอบ (accountability, principle P3)
  'เท่าเทียม', // เท่า|เทียม (equality, principle P4)
  'ขับเคลื่อน', // ขับ|เคลื่อน
  'ขีดความสามารถ', // ขีด|ความ|สามารถ (capacity)
  'มุ่งเน้น', // มุ่ง|เน้น
  'ปรับเปลี่ยน', // ปรับ|เปลี่ยน
  'ประเทศชาติ', // ประเทศ|ชาติ
  'แนวปฏิบัติ', // แนว|ปฏิบัติ (guidelines)
  'ลายลักษณ์อักษร', // ลาย|ลักษณ์|อักษร
  'ข้อกำหนด', // ข้อ|กำหนด
  'ข้อตกลง', // ข้อ|ตกลง
  'ครั้งคราว', // ครั้ง|คราว
  'ค่าใช้จ่าย', // ค่า|ใช้|จ่าย
  'แบ่งปัน', // แบ่ง|ปัน
  'โน้มน้าว', // โน้ม|น้าว
  'เรียนรู้', // เรียน|รู้
  'หลากหลาย', // หลาก|หลาย
  'ท้องถิ่น', // ท้อง|ถิ่น
  'หน่วยงาน', // หน่วย|งาน
  'ตรวจสอบ', // ตรวจ|สอบ
  'ตัวชี้วัด', // ตัว|ชี้|วัด (indicator)
  'งบประมาณ', // งบ|ประมาณ
  'รูปแบบ', // รูป|แบบ
  'แผนงาน', // แผน|งาน
  'ช่องทาง', // ช่อง|ทาง
  'เข้าถึง', // เข้า|ถึง
  'ทั่วถึง', // ทั่ว|ถึง
  'ออฟไลน์', // ออฟ|ไลน์
  'ต่อเนื่อง', // ต่อ|เนื่อง
  'เสริมพลัง', // เสริม|พลัง
  'ตัดสินใจ', // ตัดสิน|ใจ
  'รับฟัง', // รับ|ฟัง
  'รับรู้', // รับ|รู้
  'ความคิดเห็น', // ความ|คิด|เห็น (รับฟังความคิดเห็น, IAP2 Consult)
  'ความเห็น', // ความ|เห็น
  'ข้อเสนอแนะ', // ข้อ|เสนอ|แนะ
  'ข้อเสนอ', // ข้อ|เสนอ
  'ข้อสังเกต', // ข้อ|สังเกต
  'ผู้บริหาร', // ผู้|บริหาร
  'บริหารจัดการ', // บริหาร|จัดการ
  'เจ้าหน้าที่', // เจ้า|หน้าที่
  'ประชาพิจารณ์', // ประชา|พิจารณ์
  'ปราบปราม', // ปราบ|ปราม
  'พระราชบัญญัติ', // พระ|ราช|บัญญัติ
  'จัดซื้อจัดจ้าง', // จัด|ซื้อ|จัด|จ้าง
  'ฐานข้อมูล', // ฐาน|ข้อมูล
  'ชุดข้อมูล', // ชุด|ข้อมูล (dataset)
  'แลกเปลี่ยน', // แลก|เปลี่ยน
  'ฝึกอบรม', // ฝึก|อบรม
  'เชื่อมั่น', // เชื่อ|มั่น
  'ไว้วางใจ', // ไว้|วางใจ
  'ซับซ้อน', // ซับ|ซ้อน
  'ถูกต้อง', // ถูก|ต้อง
  'ทันเวลา', // ทัน|เวลา
  'ตลอดเวลา', // ตลอด|เวลา

  // ---- Words of our screens and the minutes that ICU splits into two other words ------------
  'ผู้เข้าร่วม', // ผู้|เข้า|ร่วม (participants)
  'ผู้แทน', // ผู้|แทน
  'ปฏิบัติการ', // ปฏิบัติ|การ (แผนปฏิบัติการ, การประชุมเชิงปฏิบัติการ)
  'ขั้นตอน', // ขั้น|ตอน
  'ขั้นต่ำ', // ขั้น|ต่ำ
  'เป้าหมาย', // เป้า|หมาย (target level)
  'กำหนดเวลา', // กำหนด|เวลา (deadline)
  'กำหนดเสร็จ', // กำหนด|เสร็จ (due date, the action plan's column)
  'ช่องว่าง', // ช่อง|ว่าง (gap)
  'จุดแข็ง', // จุด|แข็ง (strength)
  'หลักฐาน', // หลัก|ฐาน (evidence)
  'ปานกลาง', // ปาน|กลาง
  'เห็นพ้อง', // เห็น|พ้อง
  'ค่อนข้าง', // ค่อน|ข้าง
  'แตกต่าง', // แตก|ต่าง
  'ใกล้เคียง', // ใกล้|เคียง
  'ใกล้ชิด', // ใกล้|ชิด
  'พึงพอใจ', // พึง|พอใจ
  'เร่งด่วน', // เร่ง|ด่วน
  'เปรียบเทียบ', // เปรียบ|เทียบ
  'ภาพรวม', // ภาพ|รวม (overview)
  'ความสนใจ', // ความ|สนใจ (interest, the stakeholder grid's axis)
  'ลงทะเบียน', // ลง|ทะเบียน
  'ลงคะแนน', // ลง|คะแนน
  'ลงนาม', // ลง|นาม
  'รายชื่อ', // ราย|ชื่อ
  'รายละเอียด', // ราย|ละเอียด
  'รายได้น้อย', // ราย|ได้|น้อย (a default social group)
  'รายได้', // ราย|ได้
  'ยอดรวม', // ยอด|รวม
  'ส่วนบุคคล', // ส่วน|บุคคล (ข้อมูลส่วนบุคคล)
  'ความยินยอม', // ความ|ยินยอม (consent)
  'อ่อนไหว', // อ่อน|ไหว (sensitive data)
  'ตัวตน', // ตัว|ตน (ไม่ระบุตัวตน)
  'สมัครใจ', // สมัคร|ใจ
  'การศึกษา', // การ|ศึกษา (สถาบันการศึกษา)
  'นักวิชาการ', // นัก|วิชาการ
  'นักข่าว', // นัก|ข่าว
  'ระหว่างประเทศ', // ระหว่าง|ประเทศ
  'ผู้สูงอายุ', // ผู้|สูง|อายุ
  'ส่วนน้อย', // ส่วน|น้อย (กลุ่มชาติพันธุ์หรือภาษาส่วนน้อย, a default social group)
  'ผู้สื่อข่าว', // ผู้|สื่อ|ข่าว (reporters: สมาคมผู้สื่อข่าว on the stakeholder map)
  'คนพิการ', // คน|พิการ
  'ผู้หญิง', // ผู้|หญิง
  'ผู้บริโภค', // ผู้|บริโภค
  'ผู้ประกอบการ', // ผู้|ประกอบ|การ
  'เปราะบาง', // เปราะ|บาง
  'ภาษาไทย', // ภาษา|ไทย
  'ภาษาอังกฤษ', // ภาษา|อังกฤษ
  'เลขไทย', // เลข|ไทย (Thai digits)
  'ร้อยละ', // ร้อย|ละ
  'ภาคผนวก', // ภาค|ผนวก
  'สถานที่', // สถาน|ที่
  'ศาลากลาง', // ศาลา|กลาง
  'เริ่มต้น', // เริ่ม|ต้น (ค่าเริ่มต้น)
  'สิ้นสุด', // สิ้น|สุด
  'ก่อนหน้า', // ก่อน|หน้า
  'ถัดไป', // ถัด|ไป
  'ภายหลัง', // ภาย|หลัง
  'ย้อนหลัง', // ย้อน|หลัง
  'ย้อนกลับ', // ย้อน|กลับ
  'ทั้งหมด', // ทั้ง|หมด beside some words (whole alone)
  'เหมาะสม', // เหมาะ|สม
  'ครั้งที่', // ครั้ง|ที่ (ครั้งที่ ๑/๒๕๖๙)
  'หน้าจอ', // หน้า|จอ
  'มือถือ', // มือ|ถือ
  'เครื่องมือ', // เครื่อง|มือ
  'เชื่อมต่อ', // เชื่อม|ต่อ
  'หน่วยความจำ', // หน่วย|ความ|จำ
  'ตั้งค่า', // ตั้ง|ค่า
  'แจ้งเตือน', // แจ้ง|เตือน
  'ขาดหาย', // ขาด|หาย
  'กู้คืน', // กู้|คืน
  'เลิกทำ', // เลิก|ทำ (undo)
  'ทำซ้ำ', // ทำ|ซ้ำ (redo)
  'นำเข้า', // นำ|เข้า (import)
  'ส่งออก', // ส่ง|ออก (export)
  'ตัวเลือก', // ตัว|เลือก
  'ตัวกรอง', // ตัว|กรอง
  'ปุ่มลัด', // ปุ่ม|ลัด
  'ลูกศร', // ลูก|ศร
  'มุมมอง', // มุม|มอง
  'คำสั่ง', // คำ|สั่ง
  'คำอธิบาย', // คำ|อธิบาย
  'คำแปล', // คำ|แปล
  'คำค้น', // คำ|ค้น
  'คำตอบ', // คำ|ตอบ
  'ชื่อเล่น', // ชื่อ|เล่น
  'จัดทำ', // จัด|ทำ
  'จับคู่', // จับ|คู่
  'หัวตาราง', // หัว|ตาราง
  'แผ่นงาน', // แผ่น|งาน (worksheet)
  'แบบฟอร์ม', // แบบ|ฟอร์ม
  'ว่างเปล่า', // ว่าง|เปล่า
  'เรียงพิมพ์', // เรียง|พิมพ์
  'ผลงาน', // ผล|งาน
];

/**
 * Words that must never be split, which ICU happens to keep whole today (and in every context of
 * our own text). Listed so that another ICU (another Node, Electron or browser build) cannot start
 * splitting them unnoticed: the framework's terms and the default sectors and groups.
 */
export const KEPT_WHOLE: readonly string[] = [
  'ประชาชน',
  'นวัตกรรม',
  'ทำงาน',
  'กระบวนการ',
  'องค์กร',
  'เอกชน',
  'วิชาการ',
  'สถาบัน',
  'สื่อมวลชน',
  'ทั่วไป',
  'ชาติพันธุ์',
  'มหาวิทยาลัย',
  'สำนักงาน',
  'จังหวัด',
  'วิสาหกิจ',
  'อิทธิพล',
  'สม่ำเสมอ',
  'คำนวณ',
  'ยินยอม',
  'แผนผัง',
  'ข้อความ',
  'สำรอง',
];

export const THAI_PROTECTED_WORDS: readonly string[] = [...ICU_CORRECTIONS, ...KEPT_WHOLE];
