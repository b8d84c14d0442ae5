import type { LocalizedText } from '../domain/text';

/**
 * The refusals several commands share, in Thai and English. A command's own refusals are written
 * where it refuses (`rejected({ th, en })`); these are here so the same case reads the same
 * everywhere. The English keeps the wording logs, the CLI and tests already know.
 */

/** A phone (or anything but the facilitator) asked for a facilitator's change. */
export const FACILITATOR_ONLY: LocalizedText = {
  th: 'เฉพาะวิทยากรเท่านั้นที่ทำรายการนี้ได้',
  en: 'Only the facilitator can do this.',
};

export function noParticipant(id: string): LocalizedText {
  return { th: 'ไม่พบผู้เข้าร่วมคนนี้ในทะเบียน อาจถูกลบไปแล้ว', en: `no participant with id "${id}"` };
}

export function noStakeholder(id: string): LocalizedText {
  return { th: 'ไม่พบผู้มีส่วนได้ส่วนเสียรายนี้ อาจถูกลบไปแล้ว', en: `no stakeholder with id "${id}"` };
}

export function noPoll(pollId: string): LocalizedText {
  return { th: 'ไม่พบคำถามนี้ในเวที อาจถูกลบไปแล้ว', en: `There is no poll "${pollId}" in this workshop.` };
}

/** A component id that is not one of the workshop's framework's (C01…C08 in the OPDC framework). */
export function noComponent(componentId: string): LocalizedText {
  return {
    th: `ไม่พบองค์ประกอบ “${componentId}” ในกรอบแนวคิดของเวทีนี้`,
    en: `There is no component "${componentId}" in this workshop's framework.`,
  };
}

/** A sector that is not on the workshop's list. */
export function unknownSector(sector: string): LocalizedText {
  return {
    th: `ไม่พบภาคส่วน “${sector}” ในรายการของเวที กรุณาเลือกภาคส่วนจากรายการ`,
    en: `unknown sector "${sector}": choose one of the workshop's sectors`,
  };
}

/** A social group that is not on the workshop's list. */
export function unknownSocialGroup(group: string): LocalizedText {
  return {
    th: `ไม่พบกลุ่มทางสังคม “${group}” ในรายการของเวที กรุณาเลือกจากรายการกลุ่มทางสังคม`,
    en: `unknown social group "${group}": choose from the workshop's social groups`,
  };
}

// ── Outcomes: evidence and actions ──────────────────────────────────────────────────────────

export const NO_EVIDENCE: LocalizedText = {
  th: 'ไม่พบหลักฐานรายการนี้ อาจถูกลบไปแล้ว',
  en: 'There is no such piece of evidence.',
};

export const EVIDENCE_EMPTY: LocalizedText = {
  th: 'กรุณาอธิบายหลักฐาน หรือใส่ลิงก์ อย่างใดอย่างหนึ่ง',
  en: 'Describe the evidence or give a link to it.',
};

export const NO_ACTION: LocalizedText = {
  th: 'ไม่พบแผนปฏิบัติการรายการนี้ อาจถูกลบไปแล้ว',
  en: 'There is no such action.',
};

export const ACTION_NEEDS_TITLE: LocalizedText = {
  th: 'กรุณาระบุสิ่งที่จะทำของแผนปฏิบัติการนี้',
  en: 'An action needs a title.',
};
