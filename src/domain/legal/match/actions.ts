/**
 * What was done (the action) and who did it (the actor), read from a hazard description, for
 * ranking items of one provision apart: 安全生产法 art. 99 items 2/3/4 name the same equipment
 * but different conduct (未安装 vs 未维护、失效 vs 关闭、拆除), art. 94 vs 96 the same duties
 * but different persons. Pure data plus two small readers; the matcher adds a bonus when the
 * description's action class is one of the item's, a penalty when it names only other classes.
 *
 * ACTION_WORDS: canonical terms (after synonym folding, see dictionary.ts) or raw substrings of
 * the normalised text that show an action class. ITEM_ACTIONS: the classes each item punishes,
 * only where its siblings differ by conduct; untagged items take neither bonus nor penalty.
 */

export type ActionClass =
  /** The device, sign or equipment is missing or was never installed (未安装、缺失、无防护). */
  | 'absent'
  /** It is there but broken, expired, not maintained or not tested (损坏、失效、过期、未检测、未维护). */
  | 'defective'
  /** Someone switched it off, removed or bypassed it (关闭、拆除、屏蔽、旁路、短接、遮挡). */
  | 'disabled'
  /** Data of monitoring or alarm devices altered or destroyed (篡改、删除数据). */
  | 'tampered'
  /** No written system (未建立…制度). */
  | 'noSystem'
  /** No record, or a false one (无记录、台账空白、补签). */
  | 'unrecorded'
  /** Not trained (未培训、没做岗前培训). */
  | 'untrained'
  /** A contractor or lessee without the qualification or conditions (无资质、不具备条件). */
  | 'unqualified'
  /** No safety agreement, nobody coordinating (未签协议、无人协调). */
  | 'noAgreement'
  /** Several units working side by side in one area (交叉作业、两家单位同时施工: art. 104). */
  | 'sharedArea';

/** Words (canonical terms or raw text) showing each action class. */
export const ACTION_WORDS: Readonly<Record<ActionClass, { terms: readonly string[]; raw: readonly RegExp[] }>> = {
  absent: {
    terms: ['缺失'],
    raw: [/(没有|没|未|无|不)(设置|设|配备|配置|配|安装|装|加装)/, /(无|没有)(任何)?(防护|护栏|防护罩|防护装置)/],
  },
  defective: {
    terms: ['损坏', '过期', '维护', '带病运行'],
    raw: [/(未|没|没有|从未|不)(定期)?(检测|检验|校验|检定|标定|年检|试验)/, /超期|坏了|失效|不好用/],
  },
  disabled: {
    terms: ['关闭', '破坏'],
    raw: [/遮住|遮挡|挡住光|绑住|捆住|用胶带/],
  },
  tampered: {
    terms: [],
    raw: [/(篡改|删除|删掉|修改|改小|改低|改了|伪造)[^，。；]{0,8}(数据|记录仪|录像|监测值|浓度值)|数据[^，。；]{0,6}(篡改|删除|删掉|改小|改低|改了|修改)/],
  },
  noSystem: {
    terms: [],
    raw: [/(没有|没|未|无)(建立|制定|编制)?[^，。；]{0,10}制度/],
  },
  unrecorded: {
    terms: ['记录', '虚假'],
    raw: [/补签|没记|未记|空白/],
  },
  untrained: {
    terms: [],
    raw: [/培训[^，。；]{0,4}(未开展|没开展|没做|没有做|未进行|没有进行|没搞|未组织)|(未|没|没有|不做|从未)(经|经过|进行|开展|组织|做)?(任何)?(安全)?(培训|教育)/],
  },
  unqualified: {
    terms: ['资质'],
    raw: [/不具备[^，。；]{0,4}(资质|条件的(单位|个人))|无照|没有营业执照/],
  },
  noAgreement: {
    terms: ['安全生产管理协议'],
    raw: [/(没人|无人|没有人)[^，。；]{0,4}(协调|管理)|统一协调/],
  },
  sharedArea: {
    terms: ['交叉作业'],
    raw: [],
  },
};

/**
 * When a description shows both classes of a pair, the first governs: 未建立制度，查不到记录
 * is about the system; 没签协议 with a 个人 lessee is about the agreement unless 资质 is named.
 */
const GOVERNS: readonly (readonly [ActionClass, ActionClass])[] = [
  ['noSystem', 'unrecorded'],
  ['untrained', 'unrecorded'],
  ['disabled', 'absent'],
  ['disabled', 'defective'],
  ['tampered', 'disabled'],
];

/**
 * Classes of one family compete (an item tagged 'absent' yields to a description of a 'disabled'
 * device); classes of different families say nothing about each other.
 */
export const ACTION_FAMILY: Readonly<Record<ActionClass, 'equipment' | 'paperwork' | 'contractor'>> = {
  absent: 'equipment',
  defective: 'equipment',
  disabled: 'equipment',
  tampered: 'equipment',
  noSystem: 'paperwork',
  unrecorded: 'paperwork',
  untrained: 'paperwork',
  unqualified: 'contractor',
  noAgreement: 'contractor',
  sharedArea: 'contractor',
};

/** The classes each item punishes, where items of one provision differ by what was done. */
export const ITEM_ACTIONS: Readonly<Record<string, readonly ActionClass[]>> = {
  // 安全生产法 art. 99: install to standard / maintain and test / do not switch off or tamper
  'AQSCF-099-1': ['absent', 'defective'],
  'AQSCF-099-2': ['absent'],
  'AQSCF-099-3': ['defective'],
  'AQSCF-099-4A': ['disabled'],
  'AQSCF-099-4B': ['tampered'],
  'AQSCF-099-5': ['absent', 'defective'],
  'AQSCF-099-8': ['absent'],
  // art. 97 items 4–5 (records) vs art. 101 item 5 (the system)
  'AQSCF-097-3A': ['untrained'],
  'AQSCF-097-3B': ['untrained'],
  'AQSCF-097-4': ['unrecorded'],
  'AQSCF-097-5': ['unrecorded'],
  'AQSCF-101-5A': ['noSystem'],
  'AQSCF-101-1A': ['noSystem'],
  // art. 103 para. 1 (unqualified contractor) vs para. 2 and art. 104 (agreement, coordination)
  'AQSCF-103-1': ['unqualified'],
  'AQSCF-103-2A': ['noAgreement'],
  'AQSCF-103-2B': ['noAgreement'],
  'AQSCF-104': ['noAgreement', 'sharedArea'],
  // hazardous-chemicals texts: facilities set up and kept up / tested
  'WHTL-080-2': ['absent', 'defective'],
  'WHF-103-3': ['absent', 'defective'],
  'WHTL-080-7': ['defective'],
  'WHF-103-8': ['defective'],
  'WHTL-078-8': ['absent', 'defective'],
  'WHF-101-10': ['absent', 'defective'],
};

/** The action classes a description shows, after the governing rules. */
export function actionsOf(terms: ReadonlySet<string>, text: string): Set<ActionClass> {
  const found = new Set<ActionClass>();
  for (const [cls, { terms: words, raw }] of Object.entries(ACTION_WORDS) as [ActionClass, (typeof ACTION_WORDS)[ActionClass]][]) {
    if (words.some((w) => terms.has(w)) || raw.some((r) => r.test(text))) found.add(cls);
  }
  for (const [over, under] of GOVERNS) if (found.has(over)) found.delete(under);
  return found;
}

export type Actor = 'principal' | 'otherManager';

/** Canonical terms naming each actor (dictionary.ts folds 老板、法人、总经理 … onto 主要负责人). */
export const ACTOR_TERMS: Readonly<Record<Actor, readonly string[]>> = {
  principal: ['主要负责人', '投资人'],
  otherManager: ['分管负责人'],
};

/** The persons a description names as acting; empty when it names none (the unit acted). */
export function actorsOf(terms: ReadonlySet<string>): Set<Actor> {
  const found = new Set<Actor>();
  for (const [actor, words] of Object.entries(ACTOR_TERMS) as [Actor, readonly string[]][]) {
    if (words.some((w) => terms.has(w))) found.add(actor);
  }
  return found;
}

export const ACTION_LABELS: Readonly<Record<ActionClass, string>> = {
  absent: '缺失、未设置',
  defective: '损坏、失效、未维护检测',
  disabled: '关闭、拆除、屏蔽',
  tampered: '篡改、销毁数据',
  noSystem: '未建立制度',
  unrecorded: '未如实记录',
  untrained: '未培训',
  unqualified: '不具备资质条件',
  noAgreement: '未签协议、未统一协调',
  sharedArea: '同一作业区域交叉作业',
};

/**
 * Items that concern one object only: each group must be shown by one of its canonical terms, or
 * the item yields (art. 99 item 8 is the gas alarm of a unit using gas, not any sign or alarm).
 */
export const ITEM_OBJECTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'AQSCF-099-8': [['报警器', '可燃气体'], ['燃气', '餐饮']],
};

/** Whether a description shows every object group of an item. */
export const showsObjects = (groups: readonly (readonly string[])[], terms: ReadonlySet<string>): boolean =>
  groups.every((group) => group.some((t) => terms.has(t)));

export const ACTOR_LABELS: Readonly<Record<Actor, string>> = {
  principal: '主要负责人',
  otherManager: '其他负责人',
};
