import { createWorkshop } from '../../shared/domain/create';
import type { Workshop } from '../../shared/domain/workshop';
import type { Ballot, Poll } from '../../shared/domain/polls';

/**
 * A big but realistic workshop for benchmarks and size checks: `participants` people, a maturity
 * poll per component with `rounds` rounds of `votesPerRound` ballots, and `actions` actions.
 * Deterministic (a seeded generator), so figures compare across runs.
 */
export function largeWorkshop({ participants = 300, rounds = 2, votesPerRound = 300, actions = 200 } = {}): Workshop {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const w = createWorkshop({ id: 'bench', createdAt: '2026-11-26T02:00:00.000Z', meta: { title: 'เวทีประเมินระบบนิเวศภาครัฐระบบเปิดและการมีส่วนร่วม', organisation: 'สำนักงาน ก.พ.ร.', date: '2026-11-26' } });
  const sectors = w.settings.sectors.map((s) => s.id);
  w.participants = Array.from({ length: participants }, (_, i) => ({
    id: `p${i}`,
    code: `P${String(i + 1).padStart(3, '0')}`,
    name: `ผู้เข้าร่วม ทดสอบ ${i + 1}`,
    organisation: `หน่วยงานที่ ${(i % 40) + 1}`,
    sector: sectors[i % sectors.length]!,
    contact: '',
    socialGroups: i % 7 === 0 ? ['youth'] : [],
    groupsConsent: i % 7 === 0,
    checkedInAt: i % 10 === 0 ? null : '2026-11-26T02:30:00.000Z',
    source: 'import' as const,
    erased: false,
  }));
  const polls: Poll[] = w.framework.components.map((c) => ({
    id: `poll-${c.code}`,
    kind: 'maturity',
    componentId: c.id,
    question: { th: `ระดับปัจจุบันของ${c.name.th}`, en: `Current level of ${c.name.en}` },
    options: [],
    maxChoices: null,
    askTarget: true,
    allowChange: true,
    rounds: Array.from({ length: rounds }, (_, r) => ({ number: r + 1, state: 'revealed' as const, openedAt: '2026-11-26T03:00:00.000Z', closedAt: '2026-11-26T03:05:00.000Z' })),
  }));
  const ballots: Ballot[] = [];
  for (const poll of polls) {
    for (let r = 1; r <= rounds; r++) {
      for (let v = 0; v < votesPerRound; v++) {
        const current = 1 + Math.floor(random() * 5);
        ballots.push({
          id: `${poll.id}-${r}-${v}`,
          pollId: poll.id,
          round: r,
          voter: `device-${v.toString(16).padStart(8, '0')}${'a'.repeat(56)}`,
          sector: sectors[v % sectors.length]!,
          at: '2026-11-26T03:01:00.000Z',
          answer: { kind: 'maturity', current: random() < 0.05 ? 'abstain' : current, target: Math.min(5, current + 1) },
          moderation: null,
        });
      }
    }
  }
  w.polls = polls;
  w.ballots = ballots;
  w.actions = Array.from({ length: actions }, (_, i) => ({
    id: `a${i}`,
    title: `จัดทำบัญชีข้อมูลและเปิดเผยชุดข้อมูลที่ ${i + 1} ในรูปแบบที่เครื่องอ่านได้`,
    owner: `กลุ่มงานที่ ${(i % 12) + 1}`,
    due: '2027-03-31',
    indicator: 'จำนวนชุดข้อมูลที่เผยแพร่',
    priority: (['high', 'medium', 'low'] as const)[i % 3]!,
    componentId: w.framework.components[i % 8]!.id,
    inPlan: i < 30,
  }));
  return w;
}
