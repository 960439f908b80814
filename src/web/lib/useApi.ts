import { api } from '../api/client.ts';
import { useAsync } from './useAsync.ts';
import type { Loadable } from './useAsync.ts';

export type { Loadable };

/** GETs `path` (null: nothing to load) and reloads when it changes. */
export function useApi<T>(path: string | null): Loadable<T> & { reload: () => void } {
  return useAsync<T>(path, (signal) => api<T>(path ?? '', { signal }));
}
