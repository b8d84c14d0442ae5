import { z } from 'zod';
import type { Participant } from '../../domain/people';
import type { LocalizedText } from '../../domain/text';
import type { Workshop } from '../../domain/workshop';
import { codeNumber, formatCode, nextCodeNumber } from '../../people/codes';
import { unknownSector, unknownSocialGroup } from '../reasons';

/**
 * What a facilitator types about a participant. Limits match the participant record
 * (shared/domain/people.ts); names are trimmed so " สมศรี" and "สมศรี" are one spelling.
 */
export const participantDetailsSchema = z
  .object({
    name: z.string().trim().max(200),
    organisation: z.string().trim().max(300),
    sector: z.string().max(100),
    contact: z.string().trim().max(300),
    socialGroups: z.array(z.string().min(1).max(100)).max(50),
    groupsConsent: z.boolean(),
  })
  .strict();
export type ParticipantDetails = z.infer<typeof participantDetailsSchema>;

/** The same details with everything optional and defaulted: what add and import accept. */
export const newParticipantSchema = z
  .object({
    name: participantDetailsSchema.shape.name.default(''),
    organisation: participantDetailsSchema.shape.organisation.default(''),
    sector: participantDetailsSchema.shape.sector.default(''),
    contact: participantDetailsSchema.shape.contact.default(''),
    socialGroups: participantDetailsSchema.shape.socialGroups.default([]),
    groupsConsent: participantDetailsSchema.shape.groupsConsent.default(false),
  })
  .strict();

/**
 * The PDPA consent rule, in one place: social groups (sensitive data — disability, ethnicity) are
 * stored only when the person agreed to say them; without consent they are dropped, whatever the
 * client sent. Withdrawing consent clears them.
 */
export function groupsUnderConsent(socialGroups: readonly string[], groupsConsent: boolean): string[] {
  return groupsConsent ? [...new Set(socialGroups)] : [];
}

/** Why the sector or groups are not on the workshop's lists, or null. "" means no sector given. */
export function categoryProblem(document: Workshop, details: { sector?: string; socialGroups?: readonly string[] }): LocalizedText | null {
  if (details.sector !== undefined && details.sector !== '' && !document.settings.sectors.some((s) => s.id === details.sector)) {
    return unknownSector(details.sector);
  }
  for (const group of details.socialGroups ?? []) {
    if (!document.settings.socialGroups.some((g) => g.id === group)) return unknownSocialGroup(group);
  }
  return null;
}

/** Ids of new people come from the command's id, so replaying the journal gives the same ids. */
export function participantId(commandId: string, index: number | null): string {
  return index === null ? commandId : `${commandId}-${index + 1}`;
}

/** The document with new participants added, and the code counter moved past their codes. */
export function withParticipants(document: Workshop, added: readonly Participant[]): Workshop {
  const issued = added.reduce((max, p) => Math.max(max, codeNumber(p.code) ?? 0), document.codesIssued);
  return { ...document, participants: [...document.participants, ...added], codesIssued: issued };
}

/** New participant records, numbered on from the highest code already given (never a code in use). */
export function newParticipants(
  document: Workshop,
  drafts: readonly z.output<typeof newParticipantSchema>[],
  ids: readonly string[],
  source: Participant['source'],
  checkedInAt: string | null,
): Participant[] {
  let next = nextCodeNumber(document.participants, document.codesIssued);
  return drafts.map((draft, i) => ({
    id: ids[i]!,
    code: formatCode(next++),
    name: draft.name,
    organisation: draft.organisation,
    sector: draft.sector,
    contact: draft.contact,
    socialGroups: groupsUnderConsent(draft.socialGroups, draft.groupsConsent),
    groupsConsent: draft.groupsConsent,
    checkedInAt,
    source,
    erased: false,
  }));
}

/** A new id must fit the record (≤ 100 characters) and be unused. */
export function idProblem(document: Workshop, ids: readonly string[]): LocalizedText | null {
  const taken = new Set(document.participants.map((p) => p.id));
  for (const id of ids) {
    if (id.length > 100) {
      return {
        th: 'ระบบสร้างรหัสของผู้เข้าร่วมไม่ได้ เพราะรหัสคำสั่งยาวเกินไป กรุณาลองเพิ่มใหม่อีกครั้ง',
        en: 'the command id is too long to make a participant id from',
      };
    }
    if (taken.has(id)) return { th: 'มีผู้เข้าร่วมที่ใช้รหัสนี้อยู่แล้ว กรุณาลองเพิ่มใหม่อีกครั้ง', en: `a participant with id "${id}" already exists` };
  }
  return null;
}
