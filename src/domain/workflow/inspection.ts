/**
 * 监督检查 — the inspection workflow: scheduled → on site → completed (or cancelled).
 *
 * Starting needs two officers whose enforcement certificates are valid on the inspection day
 * (行政处罚法 art. 42; the bureau applies it to every inspection) and who showed them
 * (安全生产法 art. 67, 行政处罚法 art. 55). Finishing needs the written record signed by the
 * inspectors and the enterprise's head, or the head's refusal noted (安全生产法 art. 68).
 */
import type { IsoDate } from '../calendar/calendar.ts';
import { aqscf, xzcf } from '../calendar/citation.ts';
import { MIN_OFFICERS, certifiedOn, distinctOfficers, uncertifiedOn, type OfficerOnDuty } from './officers.ts';
import { defineGuard } from './guard.ts';
import type { GuardContext, GuardRule, Machine } from './types.ts';

/** 计划 / 专项 / 举报 / 事故 / 复查. */
export type InspectionType = 'planned' | 'special' | 'tip' | 'accident' | 'reinspection';

export const INSPECTION_TYPE_LABELS: Readonly<Record<InspectionType, string>> = {
  planned: '计划检查',
  special: '专项检查',
  tip: '举报核查',
  accident: '事故检查',
  reinspection: '复查',
};

export type InspectionState = 'scheduled' | 'onSite' | 'completed' | 'cancelled';
export type InspectionEvent = 'start' | 'finish' | 'cancel';

export interface InspectionRecord {
  type: InspectionType;
  enterpriseId: string;
  /** Planned date; the actual date once started. */
  date: IsoDate;
  /** The enforcement officers (not the technical inspector). */
  officers: OfficerOnDuty[];
  /** 技术检查员, optional; never counts towards the two officers. */
  techInspectorIds?: string[];
  checklist?: { item: string; result: 'ok' | 'finding' | 'notApplicable' }[];
  findings?: { id: string; description: string }[];
  /** Officers (user ids) who signed the written record. */
  officerSignatures?: string[];
  /** The enterprise's head signed the record (签字确认). */
  enterpriseSignature?: { signedBy: string; signedOn: IsoDate } | null;
  /** The head refused to sign; the inspectors noted it (art. 68). */
  enterpriseRefusal?: { note: string; notedOn: IsoDate } | null;
  evidenceIds?: string[];
  certificatesShown?: boolean;
  completedOn?: IsoDate;
  cancelReason?: string;
}

export interface InspectionInput {
  /** start: the day the inspection takes place (default today). */
  date?: IsoDate;
  /** start: the officers showed their certificates to the enterprise. */
  certificatesShown?: boolean;
  /** cancel. */
  reason?: string;
}

type C = GuardContext<InspectionState, InspectionRecord, InspectionInput>;

const inspectionDay = (c: C): IsoDate => (c.state === 'scheduled' ? (c.input.date ?? c.today) : c.record.date);

const guard = defineGuard<C>;

export const INSPECTION_GUARDS = {
  'inspection.twoOfficers': guard(
    'inspection.twoOfficers',
    [xzcf(42)],
    '检查应当由两名以上执法人员进行（行政处罚法第四十二条，本局对所有监督检查适用）',
    (c) => distinctOfficers(c.record.officers).length >= MIN_OFFICERS,
    {
      policy: true,
      code: 'NOT_ENOUGH_OFFICERS',
      details: (c) => ({ officers: distinctOfficers(c.record.officers).length, required: MIN_OFFICERS }),
    },
  ),
  'inspection.certificatesValid': guard(
    'inspection.certificatesValid',
    [xzcf(42), aqscf(67, 2)],
    '至少两名检查人员须持有检查当日有效的行政执法证件',
    (c) => certifiedOn(c.record.officers, inspectionDay(c)).length >= MIN_OFFICERS,
    {
      code: 'CERTIFICATE_INVALID',
      details: (c) => ({ date: inspectionDay(c), invalid: uncertifiedOn(c.record.officers, inspectionDay(c)) }),
    },
  ),
  'inspection.certificatesShown': guard(
    'inspection.certificatesShown',
    [aqscf(67, 2), xzcf(55)],
    '检查人员执行监督检查任务时，必须出示有效的行政执法证件',
    (c) => c.input.certificatesShown === true,
    { usesInput: true },
  ),
  'inspection.inspectorsSigned': guard(
    'inspection.inspectorsSigned',
    [aqscf(68)],
    '检查记录须由检查人员签字',
    (c) => {
      const signed = new Set(c.record.officerSignatures ?? []);
      const certified = certifiedOn(c.record.officers, c.record.date);
      return certified.filter((o) => signed.has(o.userId)).length >= MIN_OFFICERS;
    },
  ),
  'inspection.enterpriseSignedOrRefusalNoted': guard(
    'inspection.enterpriseSignedOrRefusalNoted',
    [aqscf(68)],
    '检查记录须由被检查单位负责人签字；负责人拒绝签字的，应当将情况记录在案',
    (c) => Boolean(c.record.enterpriseSignature) || Boolean(c.record.enterpriseRefusal?.note?.trim()),
  ),
} satisfies Record<string, GuardRule<C>>;

export const INSPECTION_MACHINE: Machine<InspectionState, InspectionEvent, InspectionRecord, InspectionInput> = {
  aggregate: 'inspection',
  states: ['scheduled', 'onSite', 'completed', 'cancelled'],
  stateLabels: { scheduled: '待检查', onSite: '检查中', completed: '已完成', cancelled: '已取消' },
  initial: 'scheduled',
  final: ['completed', 'cancelled'],
  events: ['start', 'finish', 'cancel'],
  guards: INSPECTION_GUARDS,
  transitions: [
    {
      event: 'start',
      label: '开始检查',
      from: ['scheduled'],
      to: 'onSite',
      roles: ['officer'],
      guards: ['inspection.twoOfficers', 'inspection.certificatesValid', 'inspection.certificatesShown'],
      apply: (c) => ({
        update: { date: inspectionDay(c), certificatesShown: true },
        audit: { certified: certifiedOn(c.record.officers, inspectionDay(c)).map((o) => o.userId) },
      }),
    },
    {
      event: 'finish',
      label: '完成检查',
      from: ['onSite'],
      to: 'completed',
      roles: ['officer'],
      guards: ['inspection.inspectorsSigned', 'inspection.enterpriseSignedOrRefusalNoted'],
      apply: (c) => ({
        update: { completedOn: c.today },
        effects: [{ type: 'generateDocument', document: 'inspectionRecord' }],
        audit: {
          findings: (c.record.findings ?? []).length,
          enterpriseRefusedToSign: !c.record.enterpriseSignature && Boolean(c.record.enterpriseRefusal),
        },
      }),
    },
    {
      event: 'cancel',
      label: '取消检查',
      from: ['scheduled'],
      to: 'cancelled',
      roles: ['officer', 'leader'],
      requires: ['reason'],
      guards: [],
      apply: (c) => ({ update: { cancelReason: c.input.reason ?? '' } }),
    },
  ],
};
