/** Shared TypeBox schemas for routes. */
import { Type, type TSchema } from 'typebox';

export const ErrorBody = Type.Object(
  { code: Type.String(), message: Type.String(), details: Type.Optional(Type.Record(Type.String(), Type.Unknown())) },
  { $id: undefined },
);

/** Standard error responses added to every route's schema. */
export const errors = (...statuses: number[]): Record<number, TSchema> =>
  Object.fromEntries([400, 401, 403, 404, 409, 429, ...statuses].map((s) => [s, ErrorBody]));

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** Free text with a sane length limit. */
export const Text = (max = 200, min = 0) => Type.String({ minLength: min, maxLength: max });

export const Page = {
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
};
