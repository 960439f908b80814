/**
 * Small catalogue items built from the Violation type, modelled on real provisions, for the
 * discretion engine's tests. Codes start with FX- so they never collide with the real catalogue.
 */
import type { ComputeContext, PenaltyFacts, PenaltyInput } from '../../src/domain/discretion/index.ts';
import { noFacts } from '../../src/domain/discretion/index.ts';
import type { LawRef, Violation } from '../../src/domain/legal/violation.ts';

export const AQSCF = '中华人民共和国安全生产法';
const WHTL = '危险化学品安全管理条例';
const WHF = '中华人民共和国危险化学品安全法';

const ref = (law: string, article: number, paragraph?: number, item?: number): LawRef => ({
  law,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

const common = { industries: [] as string[], keywords: [] as string[], majorHazard: false };

/** 安全生产法 art. 99 item 1: 未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志. */
export const ART99_1: Violation = {
  ...common,
  code: 'FX-AQSCF-099-1',
  name: '有较大危险因素的场所未设置明显的安全警示标志',
  party: 'unit',
  violated: [ref(AQSCF, 35)],
  penaltyBasis: [ref(AQSCF, 99, undefined, 1)],
  penalties: [
    { trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: ['orderCorrection'] },
    {
      trigger: 'notCorrectedByDeadline',
      unit: { kind: 'amount', min: 50_000, max: 200_000 },
      persons: { kind: 'amount', min: 10_000, max: 20_000 },
      measures: [],
    },
    { trigger: 'seriousCircumstances', measures: ['suspendProduction', 'criminalReferral'] },
  ],
  validFrom: '2021-09-01',
};

/** 安全生产法 art. 114: accident fines by grade. */
export const ART114: Violation = {
  ...common,
  code: 'FX-AQSCF-114',
  name: '对生产安全事故负有责任',
  party: 'unit',
  violated: [ref(AQSCF, 114, 1)],
  penaltyBasis: [ref(AQSCF, 114, 1)],
  penalties: [
    { trigger: 'accident:一般', unit: { kind: 'amount', min: 300_000, max: 1_000_000 }, measures: [], basis: ref(AQSCF, 114, 1, 1) },
    { trigger: 'accident:较大', unit: { kind: 'amount', min: 1_000_000, max: 2_000_000 }, measures: [], basis: ref(AQSCF, 114, 1, 2) },
    { trigger: 'accident:重大', unit: { kind: 'amount', min: 2_000_000, max: 10_000_000 }, measures: [], basis: ref(AQSCF, 114, 1, 3) },
    { trigger: 'accident:特别重大', unit: { kind: 'amount', min: 10_000_000, max: 20_000_000 }, measures: [], basis: ref(AQSCF, 114, 1, 4) },
  ],
  validFrom: '2021-09-01',
};

/** 安全生产法 art. 103 para. 1: fines in multiples of the illegal gain. */
export const ART103_1: Violation = {
  ...common,
  code: 'FX-AQSCF-103-K1',
  name: '将生产经营项目发包或者出租给不具备安全生产条件的单位',
  party: 'unit',
  violated: [ref(AQSCF, 49, 1)],
  penaltyBasis: [ref(AQSCF, 103, 1)],
  penalties: [
    {
      trigger: 'base',
      unit: { kind: 'multipleOfIllegalGain', minTimes: 2, maxTimes: 5, threshold: 100_000, fallback: { min: 100_000, max: 200_000 } },
      persons: { kind: 'amount', min: 10_000, max: 20_000 },
      measures: ['orderCorrection', 'confiscateIllegalGain'],
    },
  ],
  validFrom: '2021-09-01',
};

/** 安全生产法 art. 96: fines on other managers; a share of income after an accident. */
export const ART96: Violation = {
  ...common,
  code: 'FX-AQSCF-096',
  name: '其他负责人和安全生产管理人员未履行安全生产管理职责',
  party: 'person',
  violated: [ref(AQSCF, 25)],
  penaltyBasis: [ref(AQSCF, 96)],
  penalties: [
    { trigger: 'base', persons: { kind: 'amount', min: 10_000, max: 30_000 }, measures: ['orderCorrection'] },
    {
      trigger: 'accidentCaused',
      persons: { kind: 'percentOfAnnualIncome', minPercent: 20, maxPercent: 50 },
      measures: ['suspendLicence', 'revokeLicence', 'criminalReferral'],
    },
  ],
  validFrom: '2021-09-01',
};

/** 安全生产法 art. 95: a fixed share of the principal's income per accident grade. */
export const ART95: Violation = {
  ...common,
  code: 'FX-AQSCF-095',
  name: '主要负责人未履行安全生产管理职责导致发生生产安全事故',
  party: 'principal',
  violated: [ref(AQSCF, 21)],
  penaltyBasis: [ref(AQSCF, 95)],
  penalties: [
    { trigger: 'accident:一般', persons: { kind: 'percentOfAnnualIncome', minPercent: 40, maxPercent: 40 }, measures: [], basis: ref(AQSCF, 95, undefined, 1) },
    { trigger: 'accident:较大', persons: { kind: 'percentOfAnnualIncome', minPercent: 60, maxPercent: 60 }, measures: [], basis: ref(AQSCF, 95, undefined, 2) },
    { trigger: 'accident:重大', persons: { kind: 'percentOfAnnualIncome', minPercent: 80, maxPercent: 80 }, measures: [], basis: ref(AQSCF, 95, undefined, 3) },
    { trigger: 'accident:特别重大', persons: { kind: 'percentOfAnnualIncome', minPercent: 100, maxPercent: 100 }, measures: [], basis: ref(AQSCF, 95, undefined, 4) },
  ],
  validFrom: '2021-09-01',
};

/** 安全生产法 art. 97 (one item): the escalation clause adds 停产停业整顿 and persons' fines. */
export const ART97_1: Violation = {
  ...common,
  code: 'FX-AQSCF-097-1',
  name: '未按照规定配备安全生产管理人员',
  party: 'unit',
  violated: [ref(AQSCF, 24)],
  penaltyBasis: [ref(AQSCF, 97, undefined, 1)],
  penalties: [
    { trigger: 'base', unit: { kind: 'amount', min: 0, max: 100_000 }, measures: ['orderCorrection'] },
    {
      trigger: 'notCorrectedByDeadline',
      unit: { kind: 'amount', min: 100_000, max: 200_000 },
      persons: { kind: 'amount', min: 20_000, max: 50_000 },
      measures: ['suspendProduction'],
    },
  ],
  validFrom: '2021-09-01',
};

/** 安全生产法 art. 106: a range with a positive minimum and no lower clause (减轻 uses the mitigation band). */
export const ART106: Violation = {
  ...common,
  code: 'FX-AQSCF-106',
  name: '与从业人员订立协议免除或者减轻其对从业人员因生产安全事故伤亡依法应承担的责任',
  party: 'principal',
  violated: [ref(AQSCF, 52, 2)],
  penaltyBasis: [ref(AQSCF, 106)],
  penalties: [{ trigger: 'base', persons: { kind: 'amount', min: 20_000, max: 100_000 }, measures: [] }],
  validFrom: '2021-09-01',
};

/** A 重大事故隐患 item: never 轻微, and no 首违不罚 by default. */
export const MAJOR_HAZARD: Violation = {
  ...common,
  code: 'FX-AQSCF-102',
  name: '未采取措施消除重大事故隐患',
  party: 'unit',
  majorHazard: true,
  violated: [ref(AQSCF, 41, 2)],
  penaltyBasis: [ref(AQSCF, 102)],
  penalties: [
    { trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: ['orderCorrection'] },
    { trigger: 'notCorrectedByDeadline', persons: { kind: 'amount', min: 50_000, max: 100_000 }, measures: ['suspendProduction'] },
  ],
  validFrom: '2021-09-01',
};

/** An old regulation's item replaced on 2026-05-01 by a lighter provision of the new law. */
export const OLD_HEAVY: Violation = {
  ...common,
  code: 'FX-WHTL-080-1',
  name: '未对危险化学品储存设施进行定期检测（旧条例）',
  party: 'unit',
  violated: [ref(WHTL, 20)],
  penaltyBasis: [ref(WHTL, 80, 1, 1)],
  penalties: [{ trigger: 'base', unit: { kind: 'amount', min: 50_000, max: 100_000 }, measures: ['orderCorrection'] }],
  validFrom: '2013-12-07',
  validTo: '2026-05-01',
  counterparts: ['FX-WHF-090-1'],
};

export const NEW_LIGHT: Violation = {
  ...common,
  code: 'FX-WHF-090-1',
  name: '未对危险化学品储存设施进行定期检测',
  party: 'unit',
  violated: [ref(WHF, 30)],
  penaltyBasis: [ref(WHF, 90, 1, 1)],
  penalties: [{ trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: ['orderCorrection'] }],
  validFrom: '2026-05-01',
  counterparts: ['FX-WHTL-080-1'],
};

/** An old regulation's item replaced by a heavier provision of the new law. */
export const OLD_LIGHT: Violation = {
  ...OLD_HEAVY,
  code: 'FX-WHTL-081-1',
  penaltyBasis: [ref(WHTL, 81, 1, 1)],
  penalties: [{ trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: ['orderCorrection'] }],
  counterparts: ['FX-WHF-091-1'],
};

export const NEW_HEAVY: Violation = {
  ...NEW_LIGHT,
  code: 'FX-WHF-091-1',
  penaltyBasis: [ref(WHF, 91, 1, 1)],
  penalties: [{ trigger: 'base', unit: { kind: 'amount', min: 100_000, max: 500_000 }, measures: ['orderCorrection'] }],
  counterparts: ['FX-WHTL-081-1'],
};

/** A repealed item with no successor: no longer punished at the decision (不认为是违法). */
export const REPEALED: Violation = {
  ...OLD_HEAVY,
  code: 'FX-WHTL-099-1',
  penaltyBasis: [ref(WHTL, 99, 1, 1)],
  validTo: '2026-05-01',
  counterparts: [],
};

export const FIXTURES: readonly Violation[] = [
  ART99_1,
  ART114,
  ART103_1,
  ART96,
  ART95,
  ART97_1,
  ART106,
  MAJOR_HAZARD,
  OLD_HEAVY,
  NEW_LIGHT,
  OLD_LIGHT,
  NEW_HEAVY,
  REPEALED,
];

export function contextOf(catalogue: readonly Violation[], extra: Partial<ComputeContext> = {}): ComputeContext {
  const byCode = new Map(catalogue.map((v) => [v.code, v]));
  return { violation: (code) => byCode.get(code), today: '2026-06-30', ...extra };
}

export const FIXTURE_CONTEXT = contextOf(FIXTURES);

export const NO_FACTS: PenaltyFacts = noFacts();

/** An input with the given facts (the rest false / empty). */
export function inputOf(violation: string, facts: Partial<PenaltyFacts> = {}, more: Partial<PenaltyInput> = {}): PenaltyInput {
  return { violation, actDate: '2026-03-02', decisionDate: '2026-03-30', facts: { ...NO_FACTS, ...facts }, ...more };
}
