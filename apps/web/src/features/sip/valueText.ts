import type { SipPlan } from '@vardflata/domain';
import { useOrganisationNames, useUnitNames } from '../../lib/organisations';
import { useSipT } from './i18n';

/**
 * A plan value as short readable text in the user's language, for diffs and merge choices:
 * ids of units, organisations and goals become names, principals and booleans become words.
 */
export function useValueText(plan: SipPlan | null) {
  const { t } = useSipT();
  const units = useUnitNames();
  const organisations = useOrganisationNames();
  const goals = new Map((plan?.goals ?? []).map((g) => [g.id, g.text]));

  const text = (value: unknown, field?: string): string => {
    if (value === null || value === undefined || value === '') return t('value.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string') {
      if (field === 'principal' || field === 'overallResponsibility')
        return t(`principal.${value}`, { defaultValue: value });
      if (field === 'horizon') return t(`horizon.${value}`, { defaultValue: value });
      const name = units.get(value)?.name ?? organisations.get(value) ?? goals.get(value);
      return name ?? value;
    }
    if (Array.isArray(value)) {
      return value.length === 0 ? t('value.empty') : value.map((v) => text(v)).join(', ');
    }
    if (typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.actor === 'string')
        return `${o.actor}: ${typeof o.description === 'string' ? o.description : ''}`;
      for (const key of ['text', 'description', 'name']) {
        if (typeof o[key] === 'string') return o[key] as string;
      }
    }
    return JSON.stringify(value);
  };
  return text;
}

/** The last part of a merge or diff path: `interventions[id=x].unitId` → `unitId`. */
export const fieldOfPath = (path: string): string | undefined =>
  /\.(\w+)$/.exec(path)?.[1] ?? (/^\w+$/.test(path) ? path : undefined);
