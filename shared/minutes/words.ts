/**
 * The minutes' own words, Thai and English. Thai follows the form of รายงานการประชุม in the
 * ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ (ผู้มาประชุม, ผู้ไม่มาประชุม, เริ่มประชุมเวลา,
 * ระเบียบวาระ, เลิกประชุมเวลา, ผู้จดรายงานการประชุม, ผู้ตรวจรายงานการประชุม). Numbers arrive
 * already formatted (Thai digits, suppression) as strings. The domain's words (abstain, the
 * consensus bands, target, priorities) are shared/scoring/terms.ts's, as on every screen.
 */
import type { Language } from '../domain/text';
import type { ResponseOrigin } from '../polls/results';
import { levelChange, termsIn, type ConsensusBand, type PriorityLevel } from '../scoring/terms';

export interface MinutesWords {
  documentKind: string;
  meetingNumber: (n: string) => string;
  /** The date line: "เมื่อวัน… เวลา …"; either part may be empty. */
  when: (date: string, time: string) => string;
  venue: (venue: string) => string;
  organisation: string;
  pageNumber: string;
  untitled: string;

  attendance: string;
  present: string;
  absent: string;
  nobodyPresent: string;
  nobodyAbsent: string;
  attendanceBySector: string;
  sectorColumn: string;
  presentColumn: string;
  absentColumn: string;
  total: string;
  personCount: (n: string) => string;
  numberColumn: string;
  nameColumn: string;
  organisationColumn: string;
  codesIntro: (n: string) => string;
  anonymisedNote: string;
  suppressedNote: (min: string) => string;
  erasedName: string;
  facilitatorsLine: (names: string) => string;
  noteTakerLine: (name: string) => string;

  opening: (time: string) => string;
  openingNoTime: string;
  closing: (time: string) => string;
  closingNoTime: string;
  objectives: string;
  agenda: string;
  agendaItem: (n: string) => string;
  noObjectives: string;
  noAgenda: string;

  results: string;
  frameworkHeading: string;
  principlesLabel: (n: string) => string;
  componentsLabel: (n: string) => string;
  componentColumn: string;
  definitionColumn: string;
  componentCode: (code: string) => string;

  overviewHeading: string;
  overviewIntro: string;
  respondentsColumn: string;
  medianColumn: string;
  targetColumn: string;
  gapColumn: string;
  consensusColumn: string;
  shiftColumn: string;
  roundColumn: string;
  radarCaption: string;
  currentSeries: string;
  targetSeries: string;
  scaleNote: string;

  notScored: string;
  histogramCaption: (component: string, round: string, n: string) => string;
  abstainLabel: string;
  keyRespondents: string;
  respondents: (n: string, rate: string, checkedIn: string) => string;
  respondentsNoRate: (n: string) => string;
  /**
   * Where the responses came from, the sources `namedSources` names (phones, then ballots the
   * facilitator entered, then the show of hands), each count already formatted.
   */
  sources: (parts: readonly { origin: ResponseOrigin; count: string }[]) => string;
  keyMedian: string;
  keyTarget: string;
  keyGap: string;
  keyConsensus: string;
  keyShift: string;
  levelName: (level: string, name: string) => string;
  consensusBand: Record<ConsensusBand, string>;
  /**
   * The change between the last two rounds, every figure already formatted: the median before and
   * after and its change in words ("ไม่เปลี่ยน" / "+1 ระดับ", never a bare "0" that reads as
   * "the median is 0"), the consensus before and after, and the responses. As phrases, each kept
   * on one line ("มัธยฐาน ๓ → ๓ (ไม่เปลี่ยน)"), joined with spaces.
   */
  shiftText: (shift: {
    from: string;
    to: string;
    medianBefore: string;
    medianAfter: string;
    medianChange: string;
    consensusBefore: string;
    consensusAfter: string;
    nBefore: string;
    nAfter: string;
  }) => readonly string[];
  /** "ไม่เปลี่ยน" / "+1 ระดับ" for a signed change already formatted. */
  levelChange: (delta: number, signed: string) => string;
  oneRound: string;
  roundsTableCaption: (component: string) => string;
  roundLabel: (n: string) => string;
  byGroupHeading: string;
  byGroupIntro: (round: string, min: string) => string;
  suppressedRow: (min: string) => string;
  withheldRow: string;
  noGroupFigures: string;
  divergesHigher: (sector: string, diff: string) => string;
  divergesLower: (sector: string, diff: string) => string;
  notesLabel: string;
  evidenceLabel: string;
  strengthsLabel: string;
  gapsLabel: string;
  ideasLabel: string;
  nothingRecorded: string;

  stakeholdersHeading: string;
  stakeholdersIntro: string;
  noStakeholders: string;
  gridCaption: string;
  stakeholderColumn: string;
  influenceColumn: string;
  interestColumn: string;
  participationColumn: string;
  axisInfluence: string;
  axisInterest: string;

  representationHeading: string;
  representationCaption: string;
  socialGroupsCaption: string;
  representationLabels: { suppressed: (min: string) => string; missing: string; thin: string };
  equalityLabel: string;
  groupsDeclared: (n: string) => string;

  prioritiesHeading: string;
  noPriorities: string;
  rankColumn: string;
  itemColumn: string;
  dotsColumn: string;
  votersColumn: string;
  rankingIntro: (respondents: string, dots: string, round: string) => string;
  /** A rank shared with other items: "๑ (ร่วม)". */
  jointRank: (rank: string) => string;
  jointRankNote: string;

  actionsHeading: string;
  actionsIntro: (n: string) => string;
  noActions: string;
  actionColumn: string;
  ownerColumn: string;
  dueColumn: string;
  indicatorColumn: string;
  priorityColumn: string;
  /** Under the priority column: "สูง", "ปานกลาง", "ต่ำ". */
  priorityLevel: Record<PriorityLevel, string>;
  forComponent: (code: string) => string;
  /** Where the dot vote put an action: "อันดับโหวต ๑" / "อันดับโหวต ๑ ร่วม". */
  voteRank: (rank: string, tied: boolean) => string;
  otherActionsHeading: string;
  otherActionsIntro: (n: string) => string;
  notSet: string;

  principlesHeading: (n: string) => string;
  principlesIntro: string;
  principleColumn: string;
  whatWeDidColumn: string;
  /** `onPhones`: rounds whose results are released to the phones, when one of them never was on the projector; else null. */
  p1: (shown: string, rounds: string, onPhones: string | null) => string;
  p1NoRounds: string;
  p2: (present: string, sectors: string, bySector: string) => string;
  p2Rates: (average: string, lowest: string, highest: string) => string;
  p2NoRates: string;
  p3: (total: string, complete: string) => string;
  p3Missing: (owner: string, due: string) => string;
  p3None: string;
  p4: (present: string, missing: string) => string;
  p4Groups: (declared: string, missing: string) => string;
  none: string;
  ita: string;

  signatures: string;
  sign: string;
  noteTakerRole: string;
  reviewerRole: string;

  appendixHeading: string;
  appendixIntro: string;
  abstainColumn: string;
  totalColumn: string;
  currentRow: string;
  targetRow: string;

  figure: (n: string, text: string) => string;
  table: (n: string, text: string) => string;
  warnings: {
    noTitle: string;
    noDate: string;
    noVenue: string;
    noNoteTaker: string;
    noFacilitator: string;
    nobodyCheckedIn: string;
    possibleDuplicates: (n: string) => string;
    componentNotScored: (code: string) => string;
    noActions: string;
    actionIncomplete: (n: string) => string;
    actionDueBeforeWorkshop: (title: string, due: string, workshopDate: string) => string;
    actionDueFarAfterWorkshop: (title: string, due: string, workshopDate: string) => string;
  };
}

const T = { th: termsIn('th'), en: termsIn('en') } as const;

const TH: MinutesWords = {
  documentKind: 'รายงานการประชุม',
  meetingNumber: (n) => `ครั้งที่ ${n}`,
  when: (date, time) => [date ? `เมื่อ${date}` : '', time ? `เวลา ${time}` : ''].filter(Boolean).join(' '),
  venue: (venue) => `ณ ${venue}`,
  organisation: 'หน่วยงาน',
  pageNumber: 'หน้า {page} / {pages}',
  untitled: 'เวทีการมีส่วนร่วม',

  attendance: 'ผู้เข้าประชุม',
  present: 'ผู้มาประชุม',
  absent: 'ผู้ไม่มาประชุม',
  nobodyPresent: 'ไม่มีผู้ลงทะเบียนเข้าประชุม',
  nobodyAbsent: 'ไม่มี',
  attendanceBySector: 'จำนวนผู้มาประชุมและผู้ไม่มาประชุม จำแนกตามภาคส่วน',
  sectorColumn: 'ภาคส่วน',
  presentColumn: 'มาประชุม (คน)',
  absentColumn: 'ไม่มาประชุม (คน)',
  total: 'รวม',
  personCount: (n) => `${n} คน`,
  numberColumn: 'ที่',
  nameColumn: 'ชื่อ – สกุล',
  organisationColumn: 'หน่วยงาน',
  codesIntro: (n) => `จำนวน ${n} คน (แสดงเป็นรหัสผู้เข้าร่วม)`,
  anonymisedNote:
    'รายงานฉบับนี้แสดงผู้เข้าร่วมด้วยรหัสแทนชื่อ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 รายชื่อจริงเก็บไว้ในทะเบียนผู้เข้าร่วมของผู้จัด',
  suppressedNote: (min) => `ภาคส่วนหรือกลุ่มที่มีน้อยกว่า ${min} คน ไม่แสดงจำนวน เพื่อไม่ให้ระบุตัวบุคคลได้ ("ไม่แสดง" คือปิดไว้เพื่อไม่ให้คำนวณย้อนกลับได้)`,
  erasedName: '(ลบข้อมูลส่วนบุคคลแล้ว)',
  facilitatorsLine: (names) => `วิทยากรกระบวนการ: ${names}`,
  noteTakerLine: (name) => `ผู้จดรายงานการประชุม: ${name}`,

  opening: (time) => `เริ่มประชุมเวลา ${time}`,
  openingNoTime: 'เริ่มประชุมเวลา ……………… น.',
  closing: (time) => `เลิกประชุมเวลา ${time}`,
  closingNoTime: 'เลิกประชุมเวลา ……………… น.',
  objectives: 'วัตถุประสงค์ของการประชุม',
  agenda: 'ระเบียบวาระการประชุม',
  agendaItem: (n) => `ระเบียบวาระที่ ${n}`,
  noObjectives: 'ไม่ได้ระบุวัตถุประสงค์',
  noAgenda: 'ไม่ได้ระบุระเบียบวาระ',

  results: 'ผลการประเมินและการอภิปรายรายองค์ประกอบ',
  frameworkHeading: 'กรอบการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย',
  principlesLabel: (n) => `หลักการสำคัญ ${n} ประการ`,
  componentsLabel: (n) => `องค์ประกอบของระบบนิเวศ ${n} ด้าน`,
  componentColumn: 'องค์ประกอบ',
  definitionColumn: 'ความหมาย',
  componentCode: (code) => `องค์ประกอบที่ ${code}`,

  overviewHeading: 'ผลการประเมินระดับการพัฒนาภาพรวม',
  overviewIntro:
    'ที่ประชุมประเมินระดับการพัฒนาของหน่วยงานในแต่ละองค์ประกอบ ระดับ 1 (ไม่มี/เริ่มต้น) ถึง 5 (ยั่งยืน/เสริมพลัง) ผลการลงคะแนนใช้เป็นประเด็นการอภิปราย ตารางแสดงผลของรอบล่าสุด',
  respondentsColumn: 'ผู้ตอบ',
  medianColumn: T.th.median,
  targetColumn: T.th.target,
  gapColumn: 'ช่องว่าง',
  consensusColumn: T.th.consensus,
  shiftColumn: 'เปลี่ยนจากรอบก่อน',
  roundColumn: 'รอบ',
  radarCaption: 'ระดับปัจจุบันและระดับเป้าหมาย (มัธยฐาน) รายองค์ประกอบ',
  currentSeries: T.th.currentLevel,
  targetSeries: T.th.targetLevel,
  scaleNote:
    'มัธยฐาน คือค่ากลางของคำตอบ ช่องว่าง = เป้าหมาย − ปัจจุบัน ความเห็นพ้องวัดด้วยดัชนีของ Tastle และ Wierman (0 = เห็นต่างสุดขั้ว, 1 = เห็นตรงกันทั้งหมด) คำอธิบายระดับเป็นค่าเริ่มต้นของโปรแกรมร่วม (สำนักงาน ก.พ.ร. ไม่ได้กำหนดระดับไว้)',

  notScored: 'องค์ประกอบนี้ยังไม่ได้ลงคะแนนในเวทีนี้',
  histogramCaption: (component, round, n) => `การกระจายของระดับปัจจุบัน ${component} (รอบที่ ${round} ผู้ตอบ ${n} คน)`,
  abstainLabel: T.th.abstain,
  keyRespondents: 'ผู้ตอบ',
  respondents: (n, rate, checkedIn) => `${n} คน (${rate} ของผู้มาประชุม ${checkedIn} คน)`,
  respondentsNoRate: (n) => `${n} คน`,
  sources: (parts) =>
    parts
      .map(({ origin, count }) =>
        origin === 'phones' ? `จากโทรศัพท์ ${count} คน` : origin === 'entered' ? `บันทึกโดยวิทยากร ${count} คน` : `จากการนับมือ ${count} คน`,
      )
      .join(' '),
  keyMedian: T.th.currentMedian,
  keyTarget: T.th.targetMedian,
  keyGap: 'ช่องว่าง (เป้าหมาย − ปัจจุบัน)',
  keyConsensus: T.th.consensus,
  keyShift: 'การเปลี่ยนแปลงระหว่างรอบ',
  levelName: (level, name) => `${level} ${name}`,
  consensusBand: T.th.consensusBand,
  shiftText: (s) => [
    `รอบที่ ${s.from} → รอบที่ ${s.to}:`,
    `${T.th.median} ${s.medianBefore} → ${s.medianAfter} (${s.medianChange})`,
    `${T.th.consensus} ${s.consensusBefore} → ${s.consensusAfter}`,
    `(ผู้ตอบ ${s.nBefore} → ${s.nAfter} คน)`,
  ],
  levelChange: (delta, signed) => levelChange(delta, signed).th,
  oneRound: 'ลงคะแนนรอบเดียว',
  roundsTableCaption: (component) => `ผลการลงคะแนนแต่ละรอบ ${component}`,
  roundLabel: (n) => `รอบที่ ${n}`,
  byGroupHeading: 'ผลจำแนกตามภาคส่วน',
  byGroupIntro: (round, min) => `รอบที่ ${round} ภาคส่วนที่มีผู้ตอบน้อยกว่า ${min} คน ไม่แสดงผล`,
  suppressedRow: (min) => `น้อยกว่า ${min} คน ไม่แสดงผล`,
  withheldRow: 'ไม่แสดง (เพื่อไม่ให้คำนวณย้อนกลับได้)',
  noGroupFigures: 'ไม่มีภาคส่วนใดมีผู้ตอบมากพอที่จะแสดงผลแยกได้',
  divergesHigher: (sector, diff) => `${sector} ให้ระดับสูงกว่าผู้ตอบอื่น ${diff} ระดับ`,
  divergesLower: (sector, diff) => `${sector} ให้ระดับต่ำกว่าผู้ตอบอื่น ${diff} ระดับ`,
  notesLabel: 'ประเด็นอภิปราย',
  evidenceLabel: 'หลักฐานอ้างอิง',
  strengthsLabel: 'จุดแข็ง',
  gapsLabel: 'ช่องว่างหรือสิ่งที่ควรพัฒนา',
  ideasLabel: 'ข้อเสนอแนะ',
  nothingRecorded: 'ไม่มีการบันทึกผลการอภิปราย',

  stakeholdersHeading: 'ผู้มีส่วนได้ส่วนเสีย',
  stakeholdersIntro: 'ที่ประชุมจัดผู้มีส่วนได้ส่วนเสียตามระดับอิทธิพลและความสนใจ (1–5) เพื่อกำหนดแนวทางการมีส่วนร่วมที่เหมาะสม',
  noStakeholders: 'ยังไม่ได้จัดทำแผนผังผู้มีส่วนได้ส่วนเสีย',
  gridCaption: 'แผนผังผู้มีส่วนได้ส่วนเสีย (อิทธิพล × ความสนใจ)',
  stakeholderColumn: 'ผู้มีส่วนได้ส่วนเสีย',
  influenceColumn: 'อิทธิพล',
  interestColumn: 'ความสนใจ',
  participationColumn: 'ระดับการมีส่วนร่วม (ปัจจุบัน → ที่ต้องการ)',
  axisInfluence: 'อิทธิพล',
  axisInterest: 'ความสนใจ',

  representationHeading: 'การเป็นตัวแทนและความเท่าเทียมของกลุ่มทางสังคม',
  representationCaption: 'ผู้มาประชุมจำแนกตามภาคส่วน',
  socialGroupsCaption: 'ผู้มาประชุมที่ระบุกลุ่มทางสังคม (ระบุได้มากกว่าหนึ่งกลุ่ม)',
  representationLabels: { suppressed: (min) => `น้อยกว่า ${min}`, missing: 'ไม่มีผู้แทน', thin: 'มีน้อย' },
  equalityLabel: 'ผลการตรวจสอบความเท่าเทียม',
  groupsDeclared: (n) => `ตัวเลขกลุ่มทางสังคมมาจากผู้มาประชุม ${n} คนที่ยินยอมให้ระบุกลุ่ม`,

  prioritiesHeading: 'การจัดลำดับความสำคัญ',
  noPriorities: 'ไม่ได้จัดลำดับความสำคัญด้วยการลงคะแนนในเวทีนี้',
  rankColumn: 'ลำดับ',
  itemColumn: 'ข้อเสนอ',
  dotsColumn: 'คะแนน',
  votersColumn: 'ผู้เลือก (คน)',
  rankingIntro: (respondents, dots, round) => `ผู้ลงคะแนน ${respondents} คน รวม ${dots} คะแนน (รอบที่ ${round})`,
  jointRank: (rank) => `${rank} (${T.th.jointRank})`,
  jointRankNote: `(${T.th.jointRank}) คือได้คะแนนเท่ากัน จึงอยู่อันดับเดียวกัน`,

  actionsHeading: 'แผนปฏิบัติการ',
  actionsIntro: (n) => `ที่ประชุมเห็นชอบแผนปฏิบัติการ ${n} รายการ โดยมีผู้รับผิดชอบ กำหนดเวลา และตัวชี้วัด ดังนี้`,
  noActions: 'ยังไม่มีแผนปฏิบัติการ',
  actionColumn: 'กิจกรรม',
  ownerColumn: 'ผู้รับผิดชอบ',
  dueColumn: 'กำหนดเสร็จ',
  indicatorColumn: 'ตัวชี้วัด',
  priorityColumn: T.th.priority.name,
  priorityLevel: T.th.priorityLevel,
  forComponent: (code) => `องค์ประกอบที่ ${code}`,
  voteRank: (rank, tied) => `อันดับโหวต ${rank}${tied ? ` ${T.th.jointRank}` : ''}`,
  otherActionsHeading: 'ข้อเสนอกิจกรรมอื่นที่ยังไม่ได้บรรจุในแผน',
  otherActionsIntro: (n) => `ข้อเสนออีก ${n} รายการ บันทึกไว้เพื่อพิจารณาต่อไป`,
  notSet: 'ยังไม่ระบุ',

  principlesHeading: (n) => `การดำเนินการตามหลักการ ${n} ประการ`,
  principlesIntro: 'เวทีนี้ดำเนินการตามหลักการของภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย ดังนี้',
  principleColumn: 'หลักการ',
  whatWeDidColumn: 'สิ่งที่เวทีนี้ดำเนินการ',
  p1: (shown, rounds, onPhones) =>
    `แสดงผลการลงคะแนนบนจอภาพต่อที่ประชุม ${shown} จาก ${rounds} รอบ${onPhones === null ? '' : ` (เปิดเผยผลให้ผู้เข้าร่วมดูทางโทรศัพท์ ${onPhones} รอบ)`} และรายงานผลทั้งหมดไว้ในรายงานการประชุมฉบับนี้ พร้อมที่มาของตัวเลข`,
  p1NoRounds: 'ไม่มีการลงคะแนนในเวทีนี้ รายงานการประชุมฉบับนี้บันทึกผลการอภิปรายทั้งหมด',
  p2: (present, sectors, bySector) => `ผู้มาประชุม ${present} คน จาก ${sectors} ภาคส่วน (${bySector})`,
  p2Rates: (average, lowest, highest) => `อัตราการตอบเฉลี่ย${average} (ต่ำสุด${lowest} สูงสุด${highest})`,
  p2NoRates: 'ไม่มีการลงคะแนน',
  p3: (total, complete) => `แผนปฏิบัติการ ${total} รายการ มีผู้รับผิดชอบและกำหนดเสร็จครบ ${complete} รายการ`,
  p3Missing: (owner, due) => `ยังไม่ระบุผู้รับผิดชอบ ${owner} รายการ ยังไม่ระบุกำหนดเสร็จ ${due} รายการ`,
  p3None: 'ยังไม่มีแผนปฏิบัติการที่มีผู้รับผิดชอบและกำหนดเวลา',
  p4: (present, missing) => `ภาคส่วนที่มีผู้แทน: ${present}\nภาคส่วนที่ยังไม่มีผู้แทน: ${missing}`,
  p4Groups: (declared, missing) => `ผู้ระบุกลุ่มทางสังคม ${declared} คน กลุ่มที่ยังไม่มีผู้ระบุ: ${missing}`,
  none: 'ไม่มี',
  ita:
    'รายงานฉบับนี้บันทึกประเด็นที่รับฟัง ผู้เข้าร่วม ผลการรับฟัง และการนำผลไปใช้ในแผนปฏิบัติการ ใช้เป็นหลักฐานการเปิดโอกาสให้มีส่วนร่วมตามการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA ตัวชี้วัด O25) และใช้แจ้งผู้เข้าร่วมว่าความเห็นของท่านนำไปสู่การดำเนินการใด',

  signatures: 'การรับรองรายงานการประชุม',
  sign: 'ลงชื่อ',
  noteTakerRole: 'ผู้จดรายงานการประชุม',
  reviewerRole: 'ผู้ตรวจรายงานการประชุม',

  appendixHeading: 'ภาคผนวก การกระจายของคะแนนดิบ',
  appendixIntro: 'จำนวนผู้ตอบในแต่ละระดับ (1–5) ทุกองค์ประกอบและทุกรอบ (รวมคำตอบทางโทรศัพท์ คำตอบที่วิทยากรบันทึกแทน และผลการนับมือ) ไม่จำแนกตามบุคคลหรือภาคส่วน',
  abstainColumn: T.th.abstain,
  totalColumn: 'รวม',
  currentRow: T.th.current,
  targetRow: T.th.target,

  figure: (n, text) => `ภาพที่ ${n} ${text}`,
  table: (n, text) => `ตารางที่ ${n} ${text}`,
  warnings: {
    noTitle: 'ยังไม่ได้ตั้งชื่อการประชุม',
    noDate: 'ยังไม่ได้ระบุวันที่ประชุม',
    noVenue: 'ยังไม่ได้ระบุสถานที่ประชุม',
    noNoteTaker: 'ยังไม่ได้ระบุผู้จดรายงานการประชุม ช่องลงนามจะว่างไว้',
    noFacilitator: 'ยังไม่ได้ระบุวิทยากร ช่องผู้ตรวจรายงานการประชุมจะว่างไว้',
    nobodyCheckedIn: 'ยังไม่มีผู้ลงทะเบียนเข้างาน รายชื่อผู้มาประชุมจะว่าง',
    possibleDuplicates: (n) =>
      `มีรายชื่อที่อาจซ้ำกัน ${n} คู่ ยังไม่ได้ยืนยัน: ชื่อที่กรอกในมือถือตรงกับชื่อในทะเบียน รายงานนับเป็นคนเดียวกันและลงชื่อตามทะเบียนในผู้มาประชุม ตรวจในทะเบียน (ตัวกรอง “อาจซ้ำ”) แล้วกด “เป็นคนเดียวกับ…”`,
    componentNotScored: (code) => `องค์ประกอบที่ ${code} ยังไม่ได้ลงคะแนน`,
    noActions: 'ยังไม่มีแผนปฏิบัติการ',
    actionIncomplete: (n) => `แผนปฏิบัติการ ${n} รายการยังไม่มีผู้รับผิดชอบหรือกำหนดเสร็จ`,
    actionDueBeforeWorkshop: (title, due, date) => `กิจกรรม “${title}” กำหนดเสร็จ ${due} ก่อนวันประชุม (${date}) กรุณาตรวจสอบ`,
    actionDueFarAfterWorkshop: (title, due, date) => `กิจกรรม “${title}” กำหนดเสร็จ ${due} เกินห้าปีหลังวันประชุม (${date}) กรุณาตรวจสอบ`,
  },
};

const EN: MinutesWords = {
  documentKind: 'Minutes of the meeting',
  meetingNumber: (n) => `Meeting no. ${n}`,
  when: (date, time) => (date ? `held on ${date}${time ? `, ${time}` : ''}` : time ? `held at ${time}` : ''),
  venue: (venue) => `at ${venue}`,
  organisation: 'Organisation',
  pageNumber: 'Page {page} / {pages}',
  untitled: 'Participation workshop',

  attendance: 'Attendance',
  present: 'Present',
  absent: 'Absent',
  nobodyPresent: 'No one has checked in.',
  nobodyAbsent: 'None',
  attendanceBySector: 'People present and absent, by sector',
  sectorColumn: 'Sector',
  presentColumn: 'Present',
  absentColumn: 'Absent',
  total: 'Total',
  personCount: (n) => `${n} ${n === '1' ? 'person' : 'people'}`,
  numberColumn: 'No.',
  nameColumn: 'Name',
  organisationColumn: 'Organisation',
  codesIntro: (n) => `${n} people (shown by participant code)`,
  anonymisedNote:
    'Participants are shown by code instead of name, under the Personal Data Protection Act B.E. 2562 (2019). The names are kept in the organiser’s participant register.',
  suppressedNote: (min) => `Numbers for sectors or groups of fewer than ${min} people are not shown, so no one can be singled out ("not shown" is withheld so a small group cannot be worked out).`,
  erasedName: '(personal data erased)',
  facilitatorsLine: (names) => `Facilitators: ${names}`,
  noteTakerLine: (name) => `Minutes taken by: ${name}`,

  opening: (time) => `The meeting opened at ${time}.`,
  openingNoTime: 'The meeting opened at ………',
  closing: (time) => `The meeting closed at ${time}.`,
  closingNoTime: 'The meeting closed at ………',
  objectives: 'Objectives',
  agenda: 'Agenda',
  agendaItem: (n) => `Item ${n}`,
  noObjectives: 'No objectives were recorded.',
  noAgenda: 'No agenda was recorded.',

  results: 'Results and discussion by component',
  frameworkHeading: 'Open Government and Meaningful Participation',
  principlesLabel: (n) => `The ${n} principles`,
  componentsLabel: (n) => `The ${n} components of the ecosystem`,
  componentColumn: 'Component',
  definitionColumn: 'Meaning',
  componentCode: (code) => `Component ${code}`,

  overviewHeading: 'Maturity assessment at a glance',
  overviewIntro:
    'The meeting rated the agency’s maturity on each component from 1 (none or ad hoc) to 5 (institutionalised, shared power). The results were the starting point for discussion. The table shows the latest round.',
  respondentsColumn: 'Responses',
  medianColumn: T.en.median,
  targetColumn: T.en.target,
  gapColumn: 'Gap',
  consensusColumn: T.en.consensus,
  shiftColumn: 'Change from previous round',
  roundColumn: 'Round',
  radarCaption: 'Current and target level (median) by component',
  currentSeries: T.en.currentLevel,
  targetSeries: T.en.targetLevel,
  scaleNote:
    'Median: the middle answer. Gap = target − current. Consensus: Tastle and Wierman’s measure (0 = split between the extremes, 1 = everyone the same). Level descriptions are Ruam’s defaults (OPDC defines no levels).',

  notScored: 'This component was not rated in this workshop.',
  histogramCaption: (component, round, n) => `Current level, ${component} (round ${round}, ${n} responses)`,
  abstainLabel: T.en.abstain,
  keyRespondents: 'Responses',
  respondents: (n, rate, checkedIn) => `${n} (${rate} of the ${checkedIn} present)`,
  respondentsNoRate: (n) => `${n}`,
  sources: (parts) =>
    parts
      .map(({ origin, count }) =>
        origin === 'phones' ? `${count} from phones` : origin === 'entered' ? `${count} entered by the facilitator` : `${count} from a show of hands`,
      )
      .join(', '),
  keyMedian: T.en.currentMedian,
  keyTarget: T.en.targetMedian,
  keyGap: 'Gap (target − current)',
  keyConsensus: T.en.consensus,
  keyShift: 'Change between rounds',
  levelName: (level, name) => `${level} ${name}`,
  consensusBand: T.en.consensusBand,
  shiftText: (s) => [
    `Round ${s.from} → round ${s.to}:`,
    `median ${s.medianBefore} → ${s.medianAfter} (${s.medianChange}),`,
    `consensus ${s.consensusBefore} → ${s.consensusAfter}`,
    `(responses ${s.nBefore} → ${s.nAfter})`,
  ],
  levelChange: (delta, signed) => levelChange(delta, signed).en,
  oneRound: 'One round only',
  roundsTableCaption: (component) => `Each round, ${component}`,
  roundLabel: (n) => `Round ${n}`,
  byGroupHeading: 'By sector',
  byGroupIntro: (round, min) => `Round ${round}. Sectors with fewer than ${min} responses are not shown.`,
  suppressedRow: (min) => `fewer than ${min}, not shown`,
  withheldRow: 'not shown (so a small group cannot be worked out)',
  noGroupFigures: 'No sector had enough responses to be shown on its own.',
  divergesHigher: (sector, diff) => `${sector} rated the agency ${diff} level(s) higher than everyone else.`,
  divergesLower: (sector, diff) => `${sector} rated the agency ${diff} level(s) lower than everyone else.`,
  notesLabel: 'Points discussed',
  evidenceLabel: 'Evidence',
  strengthsLabel: 'Strengths',
  gapsLabel: 'Gaps to address',
  ideasLabel: 'Suggestions',
  nothingRecorded: 'Nothing was recorded from the discussion.',

  stakeholdersHeading: 'Stakeholders',
  stakeholdersIntro: 'The meeting placed stakeholders by influence and interest (1–5) to decide how to involve each.',
  noStakeholders: 'No stakeholder map was made.',
  gridCaption: 'Stakeholder map (influence × interest)',
  stakeholderColumn: 'Stakeholder',
  influenceColumn: 'Influence',
  interestColumn: 'Interest',
  participationColumn: 'Participation (current → desired)',
  axisInfluence: 'Influence',
  axisInterest: 'Interest',

  representationHeading: 'Representation and equality of social groups',
  representationCaption: 'People present, by sector',
  socialGroupsCaption: 'People present who stated a social group (one may state several)',
  representationLabels: { suppressed: (min) => `fewer than ${min}`, missing: 'none present', thin: 'few' },
  equalityLabel: 'Equality check',
  groupsDeclared: (n) => `Social-group figures describe the ${n} people present who agreed to state their groups.`,

  prioritiesHeading: 'Priorities',
  noPriorities: 'No priority vote was held in this workshop.',
  rankColumn: 'Rank',
  itemColumn: 'Item',
  dotsColumn: 'Dots',
  votersColumn: 'Voters',
  rankingIntro: (respondents, dots, round) => `${respondents} voters placed ${dots} dots (round ${round}).`,
  jointRank: (rank) => `${rank} (${T.en.jointRank})`,
  jointRankNote: `(${T.en.jointRank}): as many dots as another item, so the same rank.`,

  actionsHeading: 'Action plan',
  actionsIntro: (n) => `The meeting agreed ${n} actions, each with an owner, a date and an indicator:`,
  noActions: 'There is no action plan yet.',
  actionColumn: 'Action',
  ownerColumn: 'Owner',
  dueColumn: 'Due',
  indicatorColumn: 'Indicator',
  priorityColumn: T.en.priority.name,
  priorityLevel: T.en.priorityLevel,
  forComponent: (code) => `component ${code}`,
  voteRank: (rank, tied) => `dot-vote rank ${rank}${tied ? `, ${T.en.jointRank}` : ''}`,
  otherActionsHeading: 'Other proposed actions not yet in the plan',
  otherActionsIntro: (n) => `${n} more proposals, recorded for later consideration.`,
  notSet: 'not set',

  principlesHeading: (n) => `How this workshop met the ${n} principles`,
  principlesIntro: 'This workshop put the principles of open government and meaningful participation into practice as follows.',
  principleColumn: 'Principle',
  whatWeDidColumn: 'What this workshop did',
  p1: (shown, rounds, onPhones) =>
    `Voting results were shown to the room on the projector in ${shown} of ${rounds} rounds${onPhones === null ? '' : ` (released to participants’ phones in ${onPhones})`}, and every result is reported in these minutes with where its numbers come from.`,
  p1NoRounds: 'No votes were held; these minutes record everything the room discussed.',
  p2: (present, sectors, bySector) => `${present} people present from ${sectors} sectors (${bySector}).`,
  p2Rates: (average, lowest, highest) => `Average response rate ${average} (lowest ${lowest}, highest ${highest}).`,
  p2NoRates: 'No votes were held.',
  p3: (total, complete) => `${total} actions in the plan, ${complete} with both an owner and a due date.`,
  p3Missing: (owner, due) => `${owner} without an owner, ${due} without a due date.`,
  p3None: 'There are no actions with owners and dates yet.',
  p4: (present, missing) => `Sectors represented: ${present}.\nSectors not represented: ${missing}.`,
  p4Groups: (declared, missing) => `${declared} people stated their social groups. Groups no one stated: ${missing}.`,
  none: 'none',
  ita:
    'These minutes record the issue, who took part, the results and how they were used in the action plan: evidence of participation for the Integrity and Transparency Assessment (ITA indicator O25), and the basis for telling participants what their input led to ("you said, we did").',

  signatures: 'Certification of the minutes',
  sign: 'Signed',
  noteTakerRole: 'Minutes taken by',
  reviewerRole: 'Minutes checked by',

  appendixHeading: 'Appendix: raw distributions',
  appendixIntro: 'Responses at each level (1–5) for every component and round (phones, ballots entered by the facilitator and show of hands together), not broken down by person or sector.',
  abstainColumn: T.en.abstain,
  totalColumn: 'Total',
  currentRow: T.en.current,
  targetRow: T.en.target,

  figure: (n, text) => `Figure ${n}. ${text}`,
  table: (n, text) => `Table ${n}. ${text}`,
  warnings: {
    noTitle: 'The meeting has no title yet.',
    noDate: 'The meeting date is not set.',
    noVenue: 'The venue is not set.',
    noNoteTaker: 'No note-taker is set; the signature line will be left blank.',
    noFacilitator: 'No facilitator is set; the reviewer’s signature line will be left blank.',
    nobodyCheckedIn: 'No one has checked in, so the list of people present will be empty.',
    possibleDuplicates: (n) =>
      `${n} possible duplicate pair(s) not confirmed yet (a name typed on a phone matches a name on the register). The minutes count each as one person, listed as registered among those present; check them in the register (the “Possible duplicates” filter) and press “Same person as…”.`,
    componentNotScored: (code) => `Component ${code} has not been rated.`,
    noActions: 'There is no action plan yet.',
    actionIncomplete: (n) => `${n} action(s) have no owner or no due date.`,
    actionDueBeforeWorkshop: (title, due, date) => `“${title}” is due ${due}, before the workshop (${date}); please check.`,
    actionDueFarAfterWorkshop: (title, due, date) => `“${title}” is due ${due}, more than five years after the workshop (${date}); please check.`,
  },
};

export const MINUTES_WORDS: Readonly<Record<Language, MinutesWords>> = { th: TH, en: EN };
