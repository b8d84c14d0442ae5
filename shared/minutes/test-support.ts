/**
 * A small hand-built workshop for the minutes' tests, every figure visible here: 16 people
 * registered (14 in the room: 6 government, 2 community, 5 academia, 1 media), component 01 rated
 * in two rounds, two stakeholders, a dot vote, three actions. Test support only (pure).
 */
import type { Participant } from '../domain/people';
import type { Workshop } from '../domain/workshop';
import { participant, stakeholder } from '../people/test-support';
import { aBallot, aPoll, aRound, aWorkshop, ratings } from '../polls/test-builders';

export const SMALL_META = {
  title: 'เวทีทดสอบการมีส่วนร่วม',
  organisation: 'สำนักงาน ก.พ.ร.',
  meetingNumber: '2/2569',
  date: '2026-11-26',
  startTime: '09:00',
  endTime: '12:00',
  venue: 'ห้องประชุม 1',
  facilitators: ['นายวิทยากร ทดสอบ'],
  noteTaker: 'นางสาวบันทึก ทำงานดี',
  objectives: ['เพื่อประเมินระดับการพัฒนา', 'เพื่อจัดทำแผนปฏิบัติการ'],
  agenda: ['เรื่องแจ้งเพื่อทราบ', 'ประเมินองค์ประกอบ'],
  language: 'th' as const,
};

const IN = '2026-11-26T02:30:00.000Z';

function people(): Participant[] {
  const list: Participant[] = [];
  let n = 0;
  const add = (sector: string, count: number, checkedIn: boolean) => {
    for (let i = 0; i < count; i++) {
      n += 1;
      list.push(
        participant({
          id: `p${n}`,
          name: `ผู้เข้าร่วมลำดับ${n}`,
          organisation: `หน่วยงานลำดับ${n}`,
          sector,
          checkedInAt: checkedIn ? IN : null,
          socialGroups: n <= 6 ? ['women'] : [],
          groupsConsent: n <= 6,
        }),
      );
    }
  };
  add('government', 6, true);
  add('community', 2, true);
  add('academia', 5, true);
  add('media', 1, true);
  add('government', 2, false);
  return list;
}

export function smallWorkshop(overrides: Partial<Workshop> = {}, settings: Partial<Workshop['settings']> = {}): Workshop {
  const maturity = aPoll('maturity', {
    id: 'poll-c01',
    componentId: 'C01',
    askTarget: true,
    // Both rounds' results went up on the projector (recorded by the host: shownAt).
    rounds: [{ ...aRound(1, 'revealed'), shownAt: '2026-11-26T03:01:45.000Z' }, { ...aRound(2, 'revealed'), shownAt: '2026-11-26T03:02:45.000Z' }],
  });
  const dots = aPoll('dots', {
    id: 'poll-dots',
    question: { th: 'ข้อเสนอใดควรทำก่อน', en: 'Which first?' },
    options: [
      { id: 'idea-1', label: { th: 'เปิดเผยข้อมูลงบประมาณ', en: 'Open the budget' } },
      { id: 'idea-2', label: { th: 'จัดทำแดชบอร์ด', en: 'Build a dashboard' } },
    ],
    maxChoices: 3,
    rounds: [aRound(1, 'closed')],
  });
  const ballots = [
    // Round 1: government 6 at levels 2,2,2,3,3,3; academia 5 at 3,3,4,4,4; community 2 at 1,1.
    ...ratings('poll-c01', [2, 2, 2, 3, 3, 3], { round: 1, sector: 'government', targets: [4, 4, 4, 4, 4, 4] }),
    ...ratings('poll-c01', [3, 3, 4, 4, 4], { round: 1, sector: 'academia', targets: [5, 5, 5, 5, 5] }),
    ...ratings('poll-c01', [1, 1], { round: 1, sector: 'community', targets: [3, 3] }),
    // Round 2: the room converges on 3.
    ...ratings('poll-c01', [3, 3, 3, 3, 3, 2], { round: 2, sector: 'government', targets: [4, 4, 4, 4, 4, 4] }),
    ...ratings('poll-c01', [3, 3, 3, 4, 4], { round: 2, sector: 'academia', targets: [4, 4, 5, 5, 5] }),
    ...ratings('poll-c01', [2, 'abstain'], { round: 2, sector: 'community', targets: [4, null] }),
    aBallot('poll-dots', { kind: 'dots', dots: { 'idea-1': 2, 'idea-2': 1 } }),
    aBallot('poll-dots', { kind: 'dots', dots: { 'idea-1': 3 } }),
  ];
  return aWorkshop(
    {
      meta: { ...SMALL_META },
      participants: people(),
      stakeholders: [
        stakeholder({ id: 's1', name: 'สมาคมผู้บริโภค', sector: 'civil-society', influence: 2, interest: 5, currentLevel: 'inform', desiredLevel: 'involve' }),
        stakeholder({ id: 's2', name: 'กรมบัญชีกลาง', sector: 'government', influence: 5, interest: 4, currentLevel: 'consult', desiredLevel: 'collaborate' }),
      ],
      polls: [maturity, dots],
      ballots,
      componentNotes: [
        {
          componentId: 'C01',
          notes: 'ที่ประชุมเห็นว่าควรทำงานร่วมกับสำนักงานสถิติ\nและกำหนดรอบการเผยแพร่ข้อมูล',
          evidence: [{ id: 'e1', text: 'รายงานประจำปี 2568', url: 'https://example.go.th/report' }],
          strengths: [{ id: 'st1', text: 'มีเว็บไซต์เปิดเผยข้อมูล' }],
          gaps: [{ id: 'g1', text: 'ข้อมูลยังไม่อยู่ในรูปแบบที่เครื่องอ่านได้' }],
          ideas: [{ id: 'idea-1', text: 'เปิดเผยข้อมูลงบประมาณ' }, { id: 'idea-2', text: 'จัดทำแดชบอร์ด' }],
        },
      ],
      actions: [
        { id: 'a1', title: 'จัดทำบัญชีข้อมูล', owner: 'กลุ่มงานข้อมูล', due: '2027-03-31', indicator: 'มีบัญชีข้อมูล', priority: 'high', componentId: 'C01', inPlan: true },
        { id: 'a2', title: 'จัดทำแดชบอร์ดติดตามผล', owner: '', due: '', indicator: 'แดชบอร์ดเผยแพร่', priority: 'medium', componentId: 'C07', inPlan: true },
        { id: 'a3', title: 'ศึกษาดูงานต่างประเทศ', owner: 'ฝ่ายบริหาร', due: '2027-09-30', indicator: '', priority: 'low', componentId: null, inPlan: false },
      ],
      ...overrides,
    },
    { anonymiseExports: true, minGroupSize: 5, ...settings },
  );
}
