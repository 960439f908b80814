/**
 * The rules the discretion engine applies, as data: each names the provision it encodes.
 * Tests are written as legal examples of each rule (test/discretion/rules.test.ts).
 */
import type { LawRef } from '../legal/violation.ts';

const XZCF = '中华人民共和国行政处罚法';
const AQSCF = '中华人民共和国安全生产法';

export interface Rule {
  id: string;
  /** The provision; the penalty clause itself for 'escalation' and 'seriousCircumstances' (taken from the catalogue). */
  article: LawRef | null;
  description: string;
}

export const RULES = {
  noPenaltyMinor: {
    id: 'noPenaltyMinor',
    article: { law: XZCF, article: 33, paragraph: 1 },
    description: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚',
  },
  firstOffenceWaiver: {
    id: 'firstOffenceWaiver',
    article: { law: XZCF, article: 33, paragraph: 1 },
    description: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚（首违不罚）',
  },
  noFault: {
    id: 'noFault',
    article: { law: XZCF, article: 33, paragraph: 2 },
    description: '当事人有证据足以证明没有主观过错的，不予行政处罚',
  },
  education: {
    id: 'education',
    article: { law: XZCF, article: 33, paragraph: 3 },
    description: '对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育',
  },
  lighter: {
    id: 'lighter',
    article: { law: XZCF, article: 32 },
    description: '当事人有法定情形之一的，应当从轻行政处罚（在法定幅度内从轻）',
  },
  belowMinimum: {
    id: 'belowMinimum',
    article: { law: XZCF, article: 32 },
    description: '当事人有两项以上法定从轻、减轻情形的，减轻行政处罚（在法定最低数额以下）',
  },
  oneActOneFine: {
    id: 'oneActOneFine',
    article: { law: XZCF, article: 29 },
    description: '同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚',
  },
  lawAtTimeOfAct: {
    id: 'lawAtTimeOfAct',
    article: { law: XZCF, article: 37 },
    description: '适用违法行为发生时的规定；新的规定处罚较轻或者不认为是违法的，适用新的规定',
  },
  noHeavierAfterStatement: {
    id: 'noHeavierAfterStatement',
    article: { law: XZCF, article: 45, paragraph: 2 },
    description: '行政机关不得因当事人陈述、申辩而给予更重的处罚',
  },
  benchmark: {
    id: 'benchmark',
    article: { law: XZCF, article: 34 },
    description: '依照行政处罚裁量基准确定处罚档次',
  },
  escalation: {
    id: 'escalation',
    article: null,
    description: '逾期未改正的，适用法律规定的加重处罚幅度',
  },
  seriousCircumstances: {
    id: 'seriousCircumstances',
    article: null,
    description: '情节严重的，适用法律规定的相应处罚',
  },
  dailyContinuingFine: {
    id: 'dailyContinuingFine',
    article: { law: AQSCF, article: 112 },
    description: '被责令改正且受到罚款处罚，拒不改正的，自作出责令改正之日的次日起按照原处罚数额按日连续处罚',
  },
  accidentFine: {
    id: 'accidentFine',
    article: { law: AQSCF, article: 114, paragraph: 1 },
    description: '发生生产安全事故的，按照事故等级对负有责任的生产经营单位处以罚款',
  },
  accidentEspeciallySerious: {
    id: 'accidentEspeciallySerious',
    article: { law: AQSCF, article: 114, paragraph: 2 },
    description: '发生生产安全事故，情节特别严重、影响特别恶劣的，按照前款罚款数额的二倍以上五倍以下处以罚款',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** 安全生产法 art. 114 para. 2: multiples of the para. 1 amounts. */
export const ACCIDENT_ESPECIALLY_SERIOUS_TIMES = Object.freeze({ min: 2, max: 5 });

/** Share of the statutory minimum kept as the floor of a default mitigation band (减轻), platform policy. */
export const MITIGATION_FLOOR_SHARE = 0.5;
