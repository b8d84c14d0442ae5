import { z } from 'zod';

/** The IAP2 spectrum of public participation, as used in Thai. */
export const IAP2_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const iap2LevelSchema = z.enum(IAP2_LEVELS);
export type Iap2Level = z.infer<typeof iap2LevelSchema>;
export const IAP2_LABELS: Record<Iap2Level, { th: string; en: string }> = {
  inform: { th: 'ให้ข้อมูลข่าวสาร', en: 'Inform' },
  consult: { th: 'รับฟังความคิดเห็น', en: 'Consult' },
  involve: { th: 'เข้ามามีบทบาท', en: 'Involve' },
  collaborate: { th: 'ร่วมมือ', en: 'Collaborate' },
  empower: { th: 'เสริมอำนาจแก่ประชาชน', en: 'Empower' },
};

const score = z.number().int().min(1).max(5);

/** An organisation or group with a stake in the issue, placed on the influence × interest grid. */
export const stakeholderSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(300),
  sector: z.string().max(100),
  description: z.string().max(2000),
  influence: score,
  interest: score,
  currentLevel: iap2LevelSchema.nullable(),
  desiredLevel: iap2LevelSchema.nullable(),
  /** Social groups this stakeholder speaks for (ids from the workshop's social-group list). */
  socialGroups: z.array(z.string().max(100)).max(50),
  /** Related framework components (ids such as "C01"). */
  components: z.array(z.string().max(20)).max(20),
  notes: z.string().max(5000),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;
