/**
 * Deterministic synthetic demo data: the same seed gives the same organisation, people and
 * enterprises. Every record is a function of (seed, index), so a larger --scale extends a
 * smaller one instead of replacing it.
 */
import { creditCodeCheckChar } from '../../domain/credit-code.ts';
import type { RiskGrade, Role } from '../../domain/glossary.ts';
import { prng } from '../../domain/prng.ts';
import type { EnterpriseInput } from '../../domain/views/enterprises.ts';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function weighted<T>(r: () => number, xs: ReadonlyArray<readonly [T, number]>): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of xs) {
    x -= w;
    if (x < 0) return v;
  }
  return xs[xs.length - 1]![0];
}

/** Townships per district: real names for 渝北 and 江北 (the demo accounts' districts), generic elsewhere. */
const KNOWN_TOWNSHIPS: Record<string, string[]> = {
  '500112': ['龙溪街道', '两路街道', '双凤桥街道', '回兴街道', '仙桃街道', '木耳镇', '统景镇'],
  '500105': ['观音桥街道', '寸滩街道', '郭家沱街道', '五里店街道', '鱼嘴镇'],
};
const GENERIC_TOWNSHIPS = ['城东街道', '城西街道', '城南街道', '新华街道', '工业园区', '龙泉镇', '白沙镇', '河坝镇'];

export interface DemoTownship {
  code: string;
  districtCode: string;
  name: string;
}

export function townships(districtCodes: readonly string[], seed: number): DemoTownship[] {
  const out: DemoTownship[] = [];
  for (const d of districtCodes) {
    const known = KNOWN_TOWNSHIPS[d];
    const r = prng(seed ^ Number(d));
    const names = known ?? GENERIC_TOWNSHIPS.filter(() => r() < 0.5).slice(0, 4);
    if (names.length === 0) names.push(GENERIC_TOWNSHIPS[0]!);
    names.forEach((name, i) => out.push({ code: `${d}${String(i + 1).padStart(3, '0')}`, districtCode: d, name }));
  }
  return out;
}

const INDUSTRY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['hazchem', 10], ['fireworks', 2], ['mining', 3], ['metallurgy', 4], ['nonferrous', 3], ['building_materials', 8],
  ['machinery', 16], ['light', 12], ['textile', 5], ['tobacco', 1], ['commerce', 20], ['construction', 6],
  ['transport', 5], ['other', 5],
];
const INDUSTRY_WORDS: Record<string, string[]> = {
  hazchem: ['化工', '化学', '精细化工', '气体', '石化', '涂料'],
  fireworks: ['烟花爆竹', '花炮'],
  mining: ['矿业', '石材开采', '砂石'],
  metallurgy: ['钢铁', '冶金', '铸造'],
  nonferrous: ['铝业', '有色金属', '铜业'],
  building_materials: ['建材', '水泥', '混凝土', '陶瓷'],
  machinery: ['机械', '汽车零部件', '摩托车配件', '精密制造', '模具'],
  light: ['食品', '家具', '印刷包装', '塑料制品', '纸业'],
  textile: ['纺织', '服装', '印染'],
  tobacco: ['烟草'],
  commerce: ['商贸', '物流', '仓储', '超市', '酒店管理'],
  construction: ['建筑工程', '建设', '市政工程'],
  transport: ['运输', '客运', '货运'],
  other: ['科技', '实业', '环保'],
};
const PREFIXES = ['渝', '巴', '山城', '长江', '嘉陵', '金', '华', '鑫', '恒', '盛', '宏', '丰', '瑞', '德', '兴', '隆', '泰', '安', '信', '达', '中', '新', '海', '天'];
const SECOND = ['源', '通', '发', '诚', '和', '润', '明', '远', '利', '昌', '晟', '祥', '升', '佳', '辉', '航'];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '厂'];
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '建华', '志强'];
const ROADS = ['金开大道', '新牌坊路', '龙山大道', '建新北路', '宝圣大道', '渝鲁大道', '工业园路', '创业大道', '滨江路', '环山路'];

/** An enterprise of the demo set: the API's input, its org unit named by code. */
export type DemoEnterprise = Omit<EnterpriseInput, 'orgId' | 'legalRepresentative'> & {
  /** Org unit code (a township, or the district itself). */
  orgCode: string;
  legalRepresentative: string;
};

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Enterprise number `index` of the demo set. */
export function enterprise(index: number, seed: number, districts: readonly { code: string; name: string; short: string }[], towns: readonly DemoTownship[]): DemoEnterprise {
  const r = prng((seed * 1_000_003 + index) >>> 0);
  // 渝北 and 江北 carry more enterprises: the demo accounts work there.
  const district = r() < 0.2 ? districts.find((d) => d.code === '500112')! : r() < 0.1 ? districts.find((d) => d.code === '500105')! : pick(r, districts);
  const localTowns = towns.filter((t) => t.districtCode === district.code);
  const orgCode = localTowns.length && r() < 0.8 ? pick(r, localTowns).code : district.code;
  const industryCode = weighted(r, INDUSTRY_WEIGHTS);
  const name = `重庆${pick(r, PREFIXES)}${pick(r, SECOND)}${pick(r, INDUSTRY_WORDS[industryCode]!)}${pick(r, FORMS)}`;
  // Unique by construction: the index is written into the organisation-code part.
  let n = index;
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = CODE_CHARS[n % 31] + body;
    n = Math.floor(n / 31);
  }
  const first17 = `91${district.code}${body}${CODE_CHARS[Math.floor(r() * 31)]}`;
  const creditCode = first17 + creditCodeCheckChar(first17)!;
  const grade = weighted<RiskGrade>(r, industryCode === 'hazchem' || industryCode === 'fireworks' || industryCode === 'mining'
    ? [['A', 3], ['B', 4], ['C', 2], ['D', 1]]
    : [['A', 1], ['B', 2], ['C', 4], ['D', 3]]);
  return {
    creditCode,
    name,
    address: `重庆市${district.name}${pick(r, ROADS)}${1 + Math.floor(r() * 999)}号`,
    industryCode,
    employees: Math.floor(5 + Math.pow(r(), 3) * 2000),
    riskGrade: grade,
    orgCode,
    legalRepresentative: pick(r, SURNAMES) + pick(r, GIVEN),
  };
}

export interface DemoUser {
  username: string;
  name: string;
  role: Role;
  orgCode: string;
  legalQualification?: boolean;
  certificate?: { number: string; issuer: string; validFrom: string; validTo: string };
  /** Index of the demo enterprise the user belongs to (enterprise users). */
  enterpriseIndex?: number;
}

export const DEMO_PASSWORD = 'safelaw-demo';

const cert = (n: string, issuer: string, validTo = '2030-12-31', validFrom = '2024-01-01') => ({ number: n, issuer, validFrom, validTo });

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', name: '系统管理员', role: 'admin', orgCode: '500000' },
  { username: 'yubei.officer1', name: '张建国', role: 'officer', orgCode: '500112', certificate: cert('50011220240001', '重庆市人民政府') },
  { username: 'yubei.officer2', name: '李晓梅', role: 'officer', orgCode: '500112', certificate: cert('50011220240002', '重庆市人民政府') },
  { username: 'yubei.officer3', name: '王志强', role: 'officer', orgCode: '500112', certificate: cert('50011220190017', '重庆市人民政府', '2025-06-30', '2019-07-01') },
  { username: 'yubei.reviewer', name: '陈静', role: 'legal_reviewer', orgCode: '500112', legalQualification: true },
  { username: 'yubei.leader', name: '刘洪波', role: 'leader', orgCode: '500112' },
  { username: 'yubei.tech', name: '赵工', role: 'tech_inspector', orgCode: '500112' },
  { username: 'yubei.supervisor', name: '孙红', role: 'social_supervisor', orgCode: '500112' },
  { username: 'jiangbei.officer1', name: '周伟', role: 'officer', orgCode: '500105', certificate: cert('50010520240001', '重庆市人民政府') },
  { username: 'jiangbei.officer2', name: '吴敏', role: 'officer', orgCode: '500105', certificate: cert('50010520240002', '重庆市人民政府') },
  { username: 'jiangbei.reviewer', name: '郑丽', role: 'legal_reviewer', orgCode: '500105', legalQualification: true },
  { username: 'jiangbei.leader', name: '冯军', role: 'leader', orgCode: '500105' },
];
