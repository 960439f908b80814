/** TypeBox schemas shared by the workflow routes (inspections, hazards, cases, files, documents, workbench). */
import { Type, type TSchema } from 'typebox';
import { MEASURE_LABELS } from '../../../domain/legal/violation.ts';
import { MACHINES, type Aggregate } from '../../../domain/workflow/index.ts';
import { IsoDate, Text, Uuid } from '../schemas.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const RuleRef = Type.Object({ id: Type.String(), article: Type.String(), message: Type.String() });

export const Literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const AllowedAction = Type.Object({
  event: Type.String(),
  label: Type.String(),
  to: Type.String(),
  toLabel: Type.String(),
  allowed: Type.Boolean(),
  blockedBy: Type.Optional(Type.Object({ id: Type.String(), article: Type.String(), message: Type.String(), code: Type.String() })),
  checkedOnSubmit: Type.Array(RuleRef),
  requires: Type.Array(Type.String()),
});

export const DeadlineView = Type.Object({
  id: Type.String(),
  aggregate: Type.String(),
  aggregateId: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  ref: Nullable(Type.String()),
  dueDate: Type.String(),
  provisional: Type.Boolean(),
  from: Type.String(),
  rule: Type.Object({ key: Type.String(), article: Type.String(), text: Type.String() }),
  status: Type.String(),
  satisfiedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  daysLeft: Type.Integer(),
});

export const DocumentView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  number: Nullable(Type.String()),
  status: Type.String(),
  error: Nullable(Type.String()),
  sha256: Nullable(Type.String()),
  size: Nullable(Type.Integer()),
  pageCount: Nullable(Type.Integer()),
  createdAt: Type.String(),
  issuedAt: Nullable(Type.String()),
  url: Nullable(Type.String()),
  aggregate: Type.String(),
  aggregateId: Type.String(),
});

export const FileView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String(),
  uploadedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  url: Type.String(),
  purpose: Type.String(),
});

const UserRef = Type.Object({ id: Type.String(), name: Type.String() });

export const OfficerView = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  certificate: Nullable(Type.Object({ number: Type.String(), issuer: Nullable(Type.String()), validFrom: Type.String(), validTo: Type.String() })),
  certificateValid: Type.Boolean(),
});

export const DetailBase = {
  id: Type.String(),
  aggregate: Type.String(),
  state: Type.String(),
  stateLabel: Type.String(),
  final: Type.Boolean(),
  version: Type.Integer(),
  enterprise: Type.Object({
    id: Type.String(),
    name: Type.String(),
    creditCode: Type.String(),
    address: Type.String(),
    org: Type.Object({ id: Type.String(), name: Type.String() }),
  }),
  record: Type.Unknown({ description: 'the domain record (src/domain/workflow: InspectionRecord, HazardRecord, CaseRecord)' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  createdBy: Nullable(UserRef),
  allowedActions: Type.Array(AllowedAction),
  deadlines: Type.Array(DeadlineView),
  documents: Type.Array(DocumentView),
  files: Type.Array(FileView),
};

export const Summary = Type.Object({
  id: Type.String(),
  aggregate: Type.String(),
  title: Type.String(),
  state: Type.String(),
  stateLabel: Type.String(),
  enterprise: UserRef,
  updatedAt: Type.String(),
  nextDeadline: Nullable(Type.Object({ kind: Type.String(), kindLabel: Type.String(), dueDate: Type.String(), overdue: Type.Boolean() })),
});

export const SummaryPage = Type.Object({ items: Type.Array(Summary), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const ViolationView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  citations: Type.Array(Type.String()),
  confirmedBy: Type.Optional(Nullable(UserRef)),
});

export const Version = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
export const Ids = (max = 50) => Type.Array(Uuid, { maxItems: max });
export const Amount = Type.Number({ minimum: 0, maximum: 10_000_000_000 });
export const MeasureKey = Literals(Object.keys(MEASURE_LABELS));
export const StateFilter = (aggregate: Aggregate) => Literals(MACHINES[aggregate].states);

/** The body of POST /…/:id/transitions: the event, the version seen, and the event's input. */
export const TransitionBody = (aggregate: Aggregate, input: ReturnType<typeof Type.Object>) =>
  Type.Object(
    {
      event: Literals(MACHINES[aggregate].events),
      version: Version,
      input: Type.Optional(input),
    },
    { additionalProperties: false },
  );

export const InspectionInput = Type.Object(
  { date: Type.Optional(IsoDate), certificatesShown: Type.Optional(Type.Boolean()), reason: Type.Optional(Text(500, 1)) },
  { additionalProperties: false },
);

export const HazardInput = Type.Object(
  {
    action: Type.Optional(Literals(['immediate', 'deadline'])),
    dueDate: Type.Optional(IsoDate),
    violationCode: Type.Optional(Text(40, 1)),
    description: Type.Optional(Text(2000, 1)),
    evidenceIds: Type.Optional(Ids()),
    note: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);

export const PenaltyBody = Type.Object(
  {
    amount: Amount,
    measures: Type.Array(MeasureKey, { maxItems: 14 }),
    confiscationAmount: Type.Optional(Amount),
    deviationReason: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);

export const DiscretionBody = Type.Object(
  {
    facts: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'PenaltyFacts (src/domain/discretion/types.ts)' })),
    alsoViolates: Type.Optional(Type.Array(Text(40, 1), { maxItems: 10 })),
  },
  { additionalProperties: false },
);

export const CaseInput = Type.Object(
  {
    date: Type.Optional(IsoDate),
    penalty: Type.Optional(PenaltyBody),
    discretion: Type.Optional(DiscretionBody),
    reason: Type.Optional(Text(2000, 1)),
    partyInformed: Type.Optional(Type.Boolean()),
    approvedBy: Type.Optional(Uuid),
    summary: Type.Optional(Text(4000, 1)),
    accepted: Type.Optional(Type.Boolean()),
    waiveStatement: Type.Optional(Type.Boolean()),
    waiveHearing: Type.Optional(Type.Boolean()),
    hearingDate: Type.Optional(IsoDate),
    chairId: Type.Optional(Uuid),
    notifiedOn: Type.Optional(IsoDate),
    partyAbsent: Type.Optional(Type.Boolean()),
    reviewerId: Type.Optional(Uuid),
    opinion: Type.Optional(Text(4000, 1)),
    conclusion: Type.Optional(Text(4000, 1)),
    dueDate: Type.Optional(IsoDate),
    basis: Type.Optional(Text(500, 1)),
    transferTo: Type.Optional(Text(200, 1)),
    method: Type.Optional(Literals(['inPerson', 'onSpot', 'electronic', 'mail', 'other'])),
    electronicConsent: Type.Optional(Type.Boolean()),
    appliedOn: Type.Optional(IsoDate),
    financialDifficulty: Type.Optional(Text(2000, 1)),
    instalments: Type.Optional(Type.Array(Type.Object({ dueDate: IsoDate, amount: Amount }, { additionalProperties: false }), { maxItems: 36 })),
    deferredUntil: Type.Optional(IsoDate),
    amount: Type.Optional(Amount),
    ratePercent: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 3 })),
    appealKind: Type.Optional(Literals(['review', 'litigation'])),
  },
  { additionalProperties: false },
);

export const ListQuery = (aggregate: Aggregate, extra: Record<string, TSchema> = {}) =>
  Type.Object(
    {
      state: Type.Optional(StateFilter(aggregate)),
      enterpriseId: Type.Optional(Uuid),
      mine: Type.Optional(Type.Boolean()),
      page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
      pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
      ...extra,
    },
    { additionalProperties: false },
  );

/** The parsed query of ListQuery (typed by hand: the literal unions are built at run time). */
export interface ListQueryValue {
  state?: string;
  enterpriseId?: string;
  mine?: boolean;
  page: number;
  pageSize: number;
}
