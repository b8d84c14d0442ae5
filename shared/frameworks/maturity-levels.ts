import type { LocalizedText } from '../domain/text';

/**
 * Ruam's default maturity scale. OPDC's published material defines the components but no maturity
 * levels, so these are Ruam's own defaults, clearly labelled as such and editable per workshop
 * (../shared/docs/framework.md, "Scoring levels").
 */
export const MATURITY_SCALE_NAMES: LocalizedText[] = [
  { th: 'ไม่มี/เริ่มต้น', en: 'None or ad hoc' },
  { th: 'มีบางส่วน', en: 'Partial, one-off' },
  { th: 'เป็นระบบ', en: 'Systematic, documented' },
  { th: 'บูรณาการ/ร่วมสร้าง', en: 'Integrated, co-created' },
  { th: 'ยั่งยืน/เสริมพลัง', en: 'Institutionalised, shared power' },
];

export const RUAM_DEFAULTS_NOTE: LocalizedText = {
  th: 'คำอธิบายระดับเป็นค่าเริ่มต้นของโปรแกรมร่วม (สำนักงาน ก.พ.ร. ไม่ได้กำหนดระดับไว้) ปรับแก้ได้ในแต่ละเวที',
  en: "Level descriptions are Ruam's defaults (OPDC defines no levels); they can be edited for each workshop.",
};

/** Per component (by code "01"–"08"), a description of each level 1–5. */
export const DEFAULT_LEVEL_DESCRIPTIONS: Record<string, LocalizedText[]> = {
  '01': [
    { th: 'เปิดเผยข้อมูลเฉพาะเมื่อมีผู้ร้องขอ', en: 'Data released only on request' },
    { th: 'เปิดเผยข้อมูลบางชุดเป็นครั้งคราว', en: 'Some datasets released now and then' },
    { th: 'เปิดเผยข้อมูลสม่ำเสมอในรูปแบบที่เครื่องอ่านได้ และมีบัญชีข้อมูล', en: 'Regular machine-readable releases with a data inventory' },
    { th: 'ผู้ใช้ข้อมูลมีส่วนกำหนดชุดข้อมูลที่จะเปิดเผย', en: 'Data users help choose what is released' },
    { th: 'ผู้ใช้ร่วมกำหนดลำดับการเปิดเผย มีการติดตามการนำไปใช้และสะท้อนกลับ', en: 'Users help set release priorities; reuse is tracked and fed back' },
  ],
  '02': [
    { th: 'ไม่มีนโยบายหรือข้อกำหนดเป็นลายลักษณ์อักษร', en: 'No written mandate' },
    { th: 'มีแนวปฏิบัติบางเรื่อง แต่ไม่มีผู้รับผิดชอบชัดเจน', en: 'Some guidance, no clear owner' },
    { th: 'มีนโยบายหรือคำสั่งของหน่วยงานและมีผู้รับผิดชอบ', en: 'An agency policy or order with a named owner' },
    { th: 'การมีส่วนร่วมกำหนดไว้ในกระบวนการและแผนงานหลัก', en: 'Participation built into core processes and plans' },
    { th: 'การมีส่วนร่วมอยู่ในระเบียบและงบประมาณ และทบทวนร่วมกับประชาชน', en: 'Participation written into rules and budgets, reviewed with the public' },
  ],
  '03': [
    { th: 'ติดต่อเป็นรายบุคคลเท่านั้น', en: 'Contacts with individuals only' },
    { th: 'ร่วมมือเป็นรายโครงการเป็นครั้งคราว', en: 'Occasional project-by-project cooperation' },
    { th: 'มีเครือข่ายถาวรและข้อตกลงความร่วมมืออย่างเป็นทางการ', en: 'A standing network with formal agreements' },
    { th: 'ภาคีร่วมวางแผนและดำเนินงานกับภาครัฐ', en: 'Partners plan and deliver together with government' },
    { th: 'ภาคประชาสังคมร่วมนำ แบ่งปันทรัพยากร และร่วมกำหนดวาระ', en: 'Civil society co-leads, shares resources and sets agendas' },
  ],
  '04': [
    { th: 'ไม่มีการยกย่องหรือจูงใจ', en: 'No recognition' },
    { th: 'ยกย่องเป็นครั้งคราวอย่างไม่เป็นทางการ', en: 'Occasional informal recognition' },
    { th: 'มีรางวัลและตัวชี้วัดภายในเรื่องการเปิดเผยและการมีส่วนร่วม', en: 'Internal rewards and KPIs for openness' },
    { th: 'แรงจูงใจเชื่อมกับการประเมินผลของหน่วยงานและบุคลากร', en: 'Incentives tied to agency and staff appraisal' },
    { th: 'แรงจูงใจครอบคลุมถึงประชาชนและภาคีด้วย', en: 'Incentives reach citizens and partners too' },
  ],
  '05': [
    { th: 'ไม่มีบุคลากรที่ผ่านการอบรมหรืองบประมาณ', en: 'No trained staff or budget' },
    { th: 'อบรมเป็นครั้งคราว ใช้งบประมาณตามโอกาส', en: 'Occasional training, budget when available' },
    { th: 'มีงบประมาณ บุคลากร และคู่มือเฉพาะ', en: 'Dedicated budget, staff and guides' },
    { th: 'มีช่องทางเรียนรู้หลากหลายสำหรับภาคีและชุมชน', en: 'Many learning channels for partners and communities' },
    { th: 'ถ่ายทอดขีดความสามารถสู่ชุมชนและท้องถิ่นอย่างต่อเนื่อง', en: 'Capacity is shared outward to communities and local government' },
  ],
  '06': [
    { th: 'มีเพียงช่องทางสื่อสารทางเดียว', en: 'One-way channels only' },
    { th: 'มีช่องทางรับฟังบางส่วน แต่เข้าถึงยาก', en: 'Some feedback channels, hard to reach' },
    { th: 'มีช่องทางสองทางทั้งดิจิทัลและออฟไลน์ ที่ทุกคนเข้าถึงได้', en: 'Two-way digital and offline channels, accessible' },
    { th: 'ประชาชนมีส่วนออกแบบช่องทางและบริการ', en: 'Citizens help design the channels and services' },
    { th: 'แพลตฟอร์มที่ออกแบบร่วมกันและมีฟังก์ชันร่วมตัดสินใจ', en: 'A co-designed platform with decision-making features' },
  ],
  '07': [
    { th: 'ไม่มีการติดตามผล', en: 'No follow-up' },
    { th: 'ติดตามผลภายในหน่วยงานเท่านั้น', en: 'Internal follow-up only' },
    { th: 'รายงานความคืบหน้าต่อสาธารณะ', en: 'Public progress reports' },
    { th: 'ผู้มีส่วนได้ส่วนเสียร่วมให้ข้อมูลในการติดตามประเมินผล', en: 'Stakeholders contribute to monitoring' },
    { th: 'ติดตามร่วมกับผู้มีส่วนได้ส่วนเสีย และผลนำไปปรับนโยบาย', en: 'Joint monitoring with stakeholders; results change policy' },
  ],
  '08': [
    { th: 'มองการเปิดเผยเป็นความเสี่ยง', en: 'Openness seen as a risk' },
    { th: 'บางหน่วยงานหรือบางคนส่งเสริมการเปิดเผย', en: 'Some units or people champion openness' },
    { th: 'ผู้บริหารส่งเสริมการเปิดเผยและการมีส่วนร่วม', en: 'Leaders promote openness' },
    { th: 'การเปิดเผยและการมีส่วนร่วมเป็นวิถีปฏิบัติของบุคลากรส่วนใหญ่', en: 'Openness and participation are how most staff work' },
    { th: 'การเปิดเผยเป็นค่าเริ่มต้นและคงอยู่แม้เปลี่ยนผู้บริหาร', en: 'Openness is the default and outlasts leadership changes' },
  ],
};

export function defaultLevels(code: string): { name: LocalizedText; description: LocalizedText }[] {
  const descriptions = DEFAULT_LEVEL_DESCRIPTIONS[code];
  return MATURITY_SCALE_NAMES.map((name, i) => ({ name, description: descriptions?.[i] ?? { th: '', en: '' } }));
}
