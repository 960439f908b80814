import { Select, Tag } from 'antd';
import { useMemo } from 'react';
import { ROLE_LABELS } from '../../../../domain/glossary.ts';
import { api } from '../../../api/client.ts';
import { useAsync } from '../../../lib/useAsync.ts';
import type { StaffMemberView } from '../api.ts';
import { staffPath } from '../api.ts';

/** The users of the jurisdiction holding one of `roles`, with certificate validity on `date`. */
export function useStaff(roles: readonly string[], date?: string) {
  const key = `${roles.join(',')}@${date ?? ''}`;
  return useAsync(key, async (signal) => {
    const lists = await Promise.all(roles.map((role) => api<{ items: StaffMemberView[] }>(staffPath(role, date), { signal })));
    return lists.flatMap((l) => l.items);
  });
}

export function CertificateValidity({ member }: { member: Pick<StaffMemberView, 'certificate' | 'certificateValid' | 'role'> }) {
  if (member.role !== 'officer' && !member.certificate) return null;
  if (!member.certificate) return <Tag color="orange">未登记执法证</Tag>;
  return member.certificateValid ? (
    <Tag color="green">执法证有效至 {member.certificate.validTo}</Tag>
  ) : (
    <Tag color="red">执法证已失效（{member.certificate.validTo}）</Tag>
  );
}

function renderStaffOption(option: { data: unknown }) {
  const m = (option.data as { member: StaffMemberView }).member;
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }} data-testid="staff-option">
      <span>
        {m.name}
        <span style={{ color: '#9ca3af', marginInlineStart: 6, fontSize: 12 }}>{ROLE_LABELS[m.role]}</span>
      </span>
      <CertificateValidity member={m} />
    </div>
  );
}

/** Picks one (or several) users; options show role, and an officer's certificate state. */
export function StaffSelect({
  roles,
  value,
  onChange,
  multiple = false,
  exclude = [],
  date,
  placeholder,
  testId,
}: {
  roles: readonly string[];
  value?: string | string[] | undefined;
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  exclude?: readonly string[];
  date?: string;
  placeholder?: string;
  testId?: string;
}) {
  const staff = useStaff(roles, date);
  const options = useMemo(
    () =>
      (staff.data ?? [])
        .filter((m) => !exclude.includes(m.id))
        .map((m) => ({
          value: m.id,
          label: m.name,
          title: m.name,
          member: m,
        })),
    [staff.data, exclude],
  );
  return (
    <Select
      {...(multiple ? { mode: 'multiple' as const } : {})}
      value={value}
      onChange={(v) => onChange?.(v as string | string[])}
      loading={staff.status === 'loading'}
      placeholder={placeholder ?? '请选择'}
      showSearch={{ optionFilterProp: 'title' }}
      options={options}
      data-testid={testId}
      optionRender={renderStaffOption}
    />
  );
}
