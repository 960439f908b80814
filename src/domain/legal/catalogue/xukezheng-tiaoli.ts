/**
 * 违法行为库: 安全生产许可证条例 (2013年修订), penalty provisions art. 19–21, plus art. 14 para. 2
 * (暂扣或者吊销 when a licensed enterprise no longer meets the conditions).
 *
 * Penalties are decided by the licensing authority (安全生产许可证颁发管理机关, art. 23); for the
 * enterprises this department licenses — non-coal mines, hazardous chemical and fireworks
 * producers (art. 3) — that is the provincial-level emergency management department (a
 * municipality directly under the central government holds that level). Construction, civil
 * explosives and coal mines are licensed by other bodies (art. 3–5): not in `industries`.
 * Art. 22 is a transitional rule for enterprises producing before 2004 (one year to apply);
 * today such conduct is art. 19: not encoded.
 *
 * Codes (the scheme of the 安全生产法 catalogue): XKZ-AAA[-N][X], AAA the article, N the paragraph
 * when the article has more than one (this text's penalty articles have no items), X a letter
 * separating two conducts one paragraph names. Where a provision punishes "依照本条例第十九条",
 * art. 19 follows it in the penalty basis and its ranges stand in the clause.
 */
import type { Fine, LawRef, StatutoryPenalty, Violation } from '../violation.ts';

export const LAW = '安全生产许可证条例';
const VALID_FROM = '2013-07-18';
const INDUSTRIES = ['mining', 'hazchem', 'fireworks'];

const at = (article: number, paragraph?: number): LawRef => ({
  law: LAW,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
});
const yuan = (min: number, max: number): Fine => ({ kind: 'amount', min, max });

/** Art. 19: 责令停止生产，没收违法所得，并处10万元以上50万元以下的罚款；造成重大事故或者其他严重后果，构成犯罪的… */
const ART19: StatutoryPenalty = {
  trigger: 'base',
  unit: yuan(100_000, 500_000),
  measures: ['orderCorrection', 'confiscateIllegalGain', 'criminalReferral'],
};

type Own = Pick<Violation, 'code' | 'name' | 'violated' | 'penaltyBasis' | 'penalties' | 'keywords'>;
const entry = (own: Own): Violation => ({
  party: 'unit',
  industries: INDUSTRIES,
  majorHazard: false,
  validFrom: VALID_FROM,
  ...own,
});

export const ITEMS: Violation[] = [
  entry({
    code: 'XKZ-014-2',
    name: '取得安全生产许可证后降低安全生产条件，不再具备许可条件',
    violated: [at(14, 1), at(6)],
    penaltyBasis: [at(14, 2)],
    penalties: [{ trigger: 'base', measures: ['suspendLicence', 'revokeLicence'] }],
    keywords: ['降低安全生产条件', '不再具备安全生产条件', '暂扣许可证', '吊销许可证', '取证后', '条件不符', '暂扣安全生产许可证', '吊销安全生产许可证'],
  }),
  entry({
    code: 'XKZ-019',
    name: '未取得安全生产许可证擅自进行生产',
    violated: [at(2, 2), at(7, 1)],
    penaltyBasis: [at(19)],
    penalties: [ART19],
    keywords: ['无证生产', '没有安全生产许可证就生产', '未取得安全生产许可证', '擅自生产', '非法生产', '无证开采', '私挖滥采', '黑作坊', '试生产期满'],
  }),
  entry({
    code: 'XKZ-020',
    name: '安全生产许可证有效期满未办理延期手续继续生产',
    violated: [at(9, 1)],
    penaltyBasis: [at(20), at(19)],
    penalties: [
      {
        trigger: 'base',
        unit: yuan(50_000, 100_000),
        measures: ['orderCorrection', 'confiscateIllegalGain'],
      },
      { ...ART19, trigger: 'notCorrectedByDeadline', basis: at(19) },
    ],
    keywords: ['许可证过期', '许可证到期没换证', '有效期满', '未延期', '逾期未换证', '过期生产', '延期手续', '安全生产许可证过期', '安全生产许可证到期没换证'],
  }),
  entry({
    code: 'XKZ-021-1A',
    name: '转让安全生产许可证',
    violated: [at(13)],
    penaltyBasis: [at(21, 1)],
    penalties: [
      {
        trigger: 'base',
        unit: yuan(100_000, 500_000),
        measures: ['confiscateIllegalGain', 'revokeLicence', 'criminalReferral'],
      },
    ],
    keywords: ['转让许可证', '出借许可证', '出租许可证', '卖证', '借证', '许可证转给别人', '许可证给别人用', '挂靠', '转让安全生产许可证', '出借安全生产许可证', '出租安全生产许可证', '安全生产许可证转给别人', '安全生产许可证给别人用'],
  }),
  entry({
    code: 'XKZ-021-1B',
    name: '接受转让的安全生产许可证进行生产',
    violated: [at(13)],
    penaltyBasis: [at(21, 1), at(19)],
    penalties: [ART19],
    keywords: ['接受转让', '买证', '借用他人许可证', '用别人的证', '挂靠生产', '借用他人安全生产许可证'],
  }),
  entry({
    code: 'XKZ-021-2',
    name: '冒用安全生产许可证或使用伪造的安全生产许可证',
    violated: [at(13)],
    penaltyBasis: [at(21, 2), at(19)],
    penalties: [ART19],
    keywords: ['冒用许可证', '假证', '伪造许可证', '使用伪造的证', '套用许可证', '冒用安全生产许可证', '伪造安全生产许可证', '套用安全生产许可证'],
  }),
];
