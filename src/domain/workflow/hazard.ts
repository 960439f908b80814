/**
 * 事故隐患 — the closed loop: recorded → ordered (立即/限期整改) → rectification reported →
 * re-inspected (passed / failed) → closed. A hazard closes only after a passed re-inspection
 * carrying evidence. A rectification past its deadline is overdue (visible through
 * `rectificationOverdue`) and can open a penalty case (安全生产法 art. 102).
 */
import { compareDates, daysBetween, type IsoDate } from '../calendar/calendar.ts';
import { aqscf } from '../calendar/citation.ts';
import { computeDeadline } from '../calendar/periods.ts';
import { defineGuard } from './guard.ts';
import type { GuardContext, GuardRule, Machine } from './types.ts';

/** 立即整改 / 限期整改. */
export type RectificationAction = 'immediate' | 'deadline';

export const RECTIFICATION_ACTION_LABELS: Readonly<Record<RectificationAction, string>> = {
  immediate: '立即整改',
  deadline: '限期整改',
};

export type HazardState =
  | 'recorded'
  | 'ordered'
  | 'rectificationReported'
  | 'reinspectionPassed'
  | 'reinspectionFailed'
  | 'closed';

export type HazardEvent = 'order' | 'reportRectification' | 'passReinspection' | 'failReinspection' | 'close' | 'openCase';

export interface HazardRecord {
  enterpriseId: string;
  inspectionId?: string;
  description: string;
  location: string;
  /** The matched violation; `confirmedBy` is the officer who confirmed the match. */
  violation?: { code: string; confirmedBy?: string | null } | null;
  majorHazard: boolean;
  order?: { action: RectificationAction; orderedOn: IsoDate; dueDate: IsoDate } | null;
  rectificationReports?: { reportedOn: IsoDate; reportedBy: string; description: string; evidenceIds: string[] }[];
  reinspections?: { on: IsoDate; officerId: string; passed: boolean; evidenceIds: string[]; note?: string }[];
  /** A penalty case was requested for the overdue rectification (art. 102). */
  caseRequestedOn?: IsoDate;
  closedOn?: IsoDate;
}

export interface HazardInput {
  /** order: 立即 or 限期. */
  action?: RectificationAction;
  /** order (限期), failReinspection (new deadline). */
  dueDate?: IsoDate;
  /** order: the violation the officer confirms (default: the matched one on the record). */
  violationCode?: string;
  /** reportRectification. */
  description?: string;
  /** reportRectification, passReinspection, failReinspection. */
  evidenceIds?: string[];
  note?: string;
}

type C = GuardContext<HazardState, HazardRecord, HazardInput>;

/** Whether the rectification is past its deadline; counts calendar days overdue. */
export const rectificationOverdue = (
  state: HazardState,
  record: HazardRecord,
  today: IsoDate,
): { overdue: boolean; daysOverdue: number; dueDate?: IsoDate } => {
  const dueDate = record.order?.dueDate;
  if (dueDate === undefined || (state !== 'ordered' && state !== 'reinspectionFailed')) {
    return { overdue: false, daysOverdue: 0, ...(dueDate === undefined ? {} : { dueDate }) };
  }
  const days = daysBetween(dueDate, today);
  return { overdue: days > 0, daysOverdue: Math.max(0, days), dueDate };
};

const lastReinspection = (r: HazardRecord) => r.reinspections?.at(-1);

const guard = defineGuard<C>;

const RECTIFY = [aqscf(65, 1, 3)];

export const HAZARD_GUARDS = {
  'hazard.violationConfirmed': guard(
    'hazard.violationConfirmed',
    RECTIFY,
    '下达整改指令前，执法人员须确认隐患对应的违法行为（自动匹配结果仅供参考）',
    (c) => Boolean((c.input.violationCode ?? c.record.violation?.code)?.trim()),
    { policy: true },
  ),
  'hazard.rectificationDeadline': guard(
    'hazard.rectificationDeadline',
    [aqscf(65, 1, 3), aqscf(102)],
    '限期整改须确定不早于今天的整改期限',
    (c) => c.input.action === 'immediate' || (c.input.dueDate !== undefined && compareDates(c.input.dueDate, c.today) >= 0),
    { usesInput: true },
  ),
  'hazard.reinspectionEvidence': guard(
    'hazard.reinspectionEvidence',
    RECTIFY,
    '复查通过须附复查证据',
    (c) => (c.input.evidenceIds ?? []).length > 0,
    { usesInput: true, policy: true },
  ),
  'hazard.closeAfterPassedReinspection': guard(
    'hazard.closeAfterPassedReinspection',
    RECTIFY,
    '隐患只有在复查通过并附有复查证据后才能销号',
    (c) => {
      const last = lastReinspection(c.record);
      return last !== undefined && last.passed && last.evidenceIds.length > 0;
    },
    { policy: true },
  ),
  'hazard.majorHazardApproval': guard(
    'hazard.majorHazardApproval',
    RECTIFY,
    '重大事故隐患排除后，经负责人审查同意方可销号、恢复生产经营',
    (c) => !c.record.majorHazard || c.actor.role === 'leader',
  ),
  'hazard.rectificationOverdue': guard(
    'hazard.rectificationOverdue',
    [aqscf(102)],
    '整改期限届满仍未消除隐患的，方可据此立案（安全生产法第一百零二条）',
    (c) => rectificationOverdue(c.state, c.record, c.today).overdue,
    { details: (c) => rectificationOverdue(c.state, c.record, c.today) },
  ),
  'hazard.noCaseYet': guard(
    'hazard.noCaseYet',
    [aqscf(102)],
    '该隐患已申请立案，不得重复立案',
    (c) => c.record.caseRequestedOn === undefined,
    { policy: true },
  ),
} satisfies Record<string, GuardRule<C>>;

export const HAZARD_MACHINE: Machine<HazardState, HazardEvent, HazardRecord, HazardInput> = {
  aggregate: 'hazard',
  states: ['recorded', 'ordered', 'rectificationReported', 'reinspectionPassed', 'reinspectionFailed', 'closed'],
  stateLabels: {
    recorded: '已登记',
    ordered: '整改中',
    rectificationReported: '已报告整改',
    reinspectionPassed: '复查通过',
    reinspectionFailed: '复查未通过',
    closed: '已销号',
  },
  initial: 'recorded',
  final: ['closed'],
  events: ['order', 'reportRectification', 'passReinspection', 'failReinspection', 'close', 'openCase'],
  guards: HAZARD_GUARDS,
  transitions: [
    {
      event: 'order',
      label: '下达整改指令',
      from: ['recorded'],
      to: 'ordered',
      roles: ['officer'],
      requires: ['action'],
      guards: ['hazard.violationConfirmed', 'hazard.rectificationDeadline'],
      apply: (c) => {
        const dueDate = c.input.action === 'immediate' ? c.today : (c.input.dueDate ?? c.today);
        const code = c.input.violationCode ?? c.record.violation?.code ?? '';
        return {
          update: {
            violation: { code, confirmedBy: c.actor.id },
            order: { action: c.input.action ?? 'deadline', orderedOn: c.today, dueDate },
          },
          deadlinesToOpen: [computeDeadline('rectification', c.today, { dueDate })],
          effects: [
            { type: 'generateDocument', document: 'rectificationOrder' },
            { type: 'notifyParty', message: '责令整改' },
          ],
        };
      },
    },
    {
      event: 'reportRectification',
      label: '报告整改情况',
      from: ['ordered', 'reinspectionFailed'],
      to: 'rectificationReported',
      roles: ['enterprise_user', 'officer'],
      requires: ['description'],
      guards: [],
      apply: (c) => ({
        update: {
          rectificationReports: [
            ...(c.record.rectificationReports ?? []),
            {
              reportedOn: c.today,
              reportedBy: c.actor.id,
              description: c.input.description ?? '',
              evidenceIds: c.input.evidenceIds ?? [],
            },
          ],
        },
        deadlinesToSatisfy: [{ kind: 'rectification' }],
      }),
    },
    {
      event: 'passReinspection',
      label: '复查通过',
      from: ['rectificationReported'],
      to: 'reinspectionPassed',
      roles: ['officer'],
      guards: ['hazard.reinspectionEvidence'],
      apply: (c) => ({
        update: {
          reinspections: [
            ...(c.record.reinspections ?? []),
            {
              on: c.today,
              officerId: c.actor.id,
              passed: true,
              evidenceIds: c.input.evidenceIds ?? [],
              ...(c.input.note === undefined ? {} : { note: c.input.note }),
            },
          ],
        },
        effects: [{ type: 'generateDocument', document: 'reinspectionOpinion' }],
      }),
    },
    {
      event: 'failReinspection',
      label: '复查未通过',
      from: ['rectificationReported'],
      to: 'reinspectionFailed',
      roles: ['officer'],
      guards: [],
      apply: (c) => {
        const order = c.record.order;
        const dueDate = c.input.dueDate ?? order?.dueDate ?? c.today;
        const from = c.input.dueDate === undefined ? (order?.orderedOn ?? c.today) : c.today;
        return {
          update: {
            reinspections: [
              ...(c.record.reinspections ?? []),
              {
                on: c.today,
                officerId: c.actor.id,
                passed: false,
                evidenceIds: c.input.evidenceIds ?? [],
                ...(c.input.note === undefined ? {} : { note: c.input.note }),
              },
            ],
            ...(order ? { order: { ...order, dueDate } } : {}),
          },
          deadlinesToOpen: [computeDeadline('rectification', from, { dueDate })],
          effects: [
            { type: 'generateDocument', document: 'reinspectionOpinion' },
            { type: 'notifyParty', message: '复查未通过，继续整改' },
          ],
        };
      },
    },
    {
      event: 'close',
      label: '销号',
      from: ['reinspectionPassed'],
      to: 'closed',
      roles: ['officer', 'leader'],
      guards: ['hazard.closeAfterPassedReinspection', 'hazard.majorHazardApproval'],
      apply: (c) => ({ update: { closedOn: c.today } }),
    },
    {
      event: 'openCase',
      label: '逾期未整改立案',
      from: ['ordered', 'reinspectionFailed'],
      to: 'same',
      roles: ['officer', 'leader'],
      guards: ['hazard.rectificationOverdue', 'hazard.noCaseYet'],
      apply: (c) => ({
        update: { caseRequestedOn: c.today },
        effects: [{ type: 'openPenaltyCase', source: 'inspection', basis: [aqscf(102)] }],
        audit: rectificationOverdue(c.state, c.record, c.today),
      }),
    },
  ],
};
