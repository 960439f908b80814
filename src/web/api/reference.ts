/**
 * Reference data that changes rarely (organisation tree, industries): fetched once per page load
 * and shared by every component that needs it.
 */
import { useEffect, useState } from 'react';
import { api } from './client.ts';
import type { Industry, Org } from './types.ts';

let orgsRequest: Promise<Org[]> | null = null;
let industriesRequest: Promise<Industry[]> | null = null;

export function loadOrgs(): Promise<Org[]> {
  orgsRequest ??= api<{ items: Org[] }>('/api/orgs').then(
    (r) => r.items,
    (error: unknown) => {
      orgsRequest = null;
      throw error;
    },
  );
  return orgsRequest;
}

export function loadIndustries(): Promise<Industry[]> {
  industriesRequest ??= api<{ items: Industry[] }>('/api/industries').then(
    (r) => r.items,
    (error: unknown) => {
      industriesRequest = null;
      throw error;
    },
  );
  return industriesRequest;
}

export interface ReferenceData {
  orgs: Org[];
  industries: Industry[];
  loading: boolean;
}

export function useReferenceData(): ReferenceData {
  const [data, setData] = useState<ReferenceData>({ orgs: [], industries: [], loading: true });
  useEffect(() => {
    let live = true;
    Promise.allSettled([loadOrgs(), loadIndustries()]).then(([orgs, industries]) => {
      if (!live) return;
      setData({
        orgs: orgs.status === 'fulfilled' ? orgs.value : [],
        industries: industries.status === 'fulfilled' ? industries.value : [],
        loading: false,
      });
    });
    return () => {
      live = false;
    };
  }, []);
  return data;
}

/** Org options labelled with their district, e.g. 渝北区 / 龙溪街道, for the org pickers. */
export function orgPath(org: Org, byId: ReadonlyMap<string, Org>): string {
  const names = [org.name];
  let parent = org.parentId ? byId.get(org.parentId) : undefined;
  while (parent && parent.level !== 'city') {
    names.unshift(parent.name);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return names.join(' / ');
}
