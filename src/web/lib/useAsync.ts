import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { isAbort } from '../api/client.ts';

export type Loadable<T> =
  | { status: 'loading'; data: T | undefined }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown; data: T | undefined };

interface Settled<T> {
  key: string;
  data: T | undefined;
  failed: boolean;
  error?: unknown;
}

/**
 * Runs `load` whenever `key` changes (null: nothing to load); a newer run aborts the older one.
 * The status is derived from which key last settled, so while a new key loads the previous data
 * stays available and tables do not flash empty.
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loadable<T> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const runKey = key === null ? null : `${generation}:${key}`;
  const start = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (runKey === null) return;
    const controller = new AbortController();
    start(controller.signal).then(
      (data) => setSettled({ key: runKey, data, failed: false }),
      (error: unknown) => {
        if (!isAbort(error)) setSettled((previous) => ({ key: runKey, data: previous?.data, failed: true, error }));
      },
    );
    return () => controller.abort();
  }, [runKey]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  if (!settled || settled.key !== runKey) return { status: 'loading', data: settled?.data, reload };
  if (settled.failed) return { status: 'error', error: settled.error, data: settled.data, reload };
  return { status: 'ready', data: settled.data as T, reload };
}
