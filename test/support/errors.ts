/** Reading the DomainError a call throws, for tests that expect a refusal. */
import { isDomainError } from '../../src/domain/errors.ts';

/** The code of the DomainError `fn` throws; undefined when it returns normally. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isDomainError(e) ? e.code : `not a DomainError: ${String(e)}`;
  }
  return undefined;
}

/** The code and details.key of the DomainError `f` throws; any other outcome fails the test. */
export function errorOf(f: () => unknown): { code: string; key: unknown } {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, key: e.details?.key };
    throw e;
  }
  throw new Error('expected a DomainError');
}
