import {
  ASI_FORMS,
  DSM4_ABUSE,
  DSM4_DEPENDENCE,
  DSM5_GAMBLING_DISORDER,
  DSM5_SUBSTANCE_USE_DISORDER,
  ICD10_DEPENDENCE,
  SUBSTANCE_CLASSES,
  type AsiForm,
  type AuditInterpretation,
  type ChecklistId,
  type DuditInterpretation,
  type LocalizedText,
  type Sex,
} from '@vardflata/domain';
import { useScreeningsT } from './i18n';
import { auditZoneRow } from './ScreeningReading';
import type {
  CriteriaResult,
  DrugTestResult,
  LifestyleResult,
  TimelineEntry,
  TimelineKind,
  ViolenceResult,
} from './types';

const CHECKLIST_NAMES: Partial<Record<ChecklistId, LocalizedText>> = {
  'icd10-dependence': ICD10_DEPENDENCE.name,
  'dsm5-substance-use-disorder': DSM5_SUBSTANCE_USE_DISORDER.name,
  'dsm5-gambling-disorder': DSM5_GAMBLING_DISORDER.name,
};

/** "Skadligt bruk" → "skadligt bruk", for a label used inside a sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** Names of kinds, checklists, substance classes and ASI forms in the current language. */
export function useLabels() {
  const { t, text } = useScreeningsT();
  return {
    kind: (kind: TimelineKind) => t(`kinds.${kind}`),
    checklist: (id: string) => {
      const name = CHECKLIST_NAMES[id as ChecklistId];
      return name ? text(name) : t(`criteria.checklistNames.${id}`, { defaultValue: id });
    },
    substance: (id: string) => {
      const cls = SUBSTANCE_CLASSES.find((s) => s.id === id);
      return cls ? text(cls.label) : id;
    },
    asiForm: (form: string) => {
      const f = ASI_FORMS.find((x) => x.id === (form as AsiForm));
      return f ? text(f.name) : form;
    },
  };
}

/**
 * One line that says what a result was, from the timeline's language-neutral summary. The
 * same words are used in the timeline and in the latest results at a glance.
 */
export function useResultText(sex: Sex) {
  const { t, text } = useScreeningsT();
  const labels = useLabels();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no')).toLowerCase();

  return (entry: TimelineEntry): string => {
    const s = entry.summary;
    switch (entry.kind) {
      case 'AUDIT': {
        const i = s as unknown as AuditInterpretation & { total: number };
        const zone = auditZoneRow(i.zone);
        const risky =
          sex === 'unknown'
            ? t('summary.riskyUseBoth', {
                female: yesNo(i.riskyUseBySex.female),
                male: yesNo(i.riskyUseBySex.male),
              })
            : t('summary.riskyUse', { value: yesNo(i.riskyUseBySex[sex]) });
        return t('summary.audit', {
          count: i.total,
          zone: zone.zone,
          risk: text(zone.risk),
          risky,
        });
      }
      case 'DUDIT': {
        const i = s as unknown as DuditInterpretation & { total: number };
        const reading =
          sex === 'unknown'
            ? t('summary.duditBoth', {
                female: lowerFirst(t(`reading.duditCategory.${i.categoryBySex.female}`)),
                male: lowerFirst(t(`reading.duditCategory.${i.categoryBySex.male}`)),
              })
            : lowerFirst(t(`reading.duditCategory.${i.category}`));
        return t('summary.dudit', { count: i.total, reading });
      }
      case 'asi':
        return labels.asiForm(String(s.form ?? ''));
      case 'criteria': {
        const r = s as unknown as CriteriaResult & { checklist: string; substanceClass: string };
        const head = `${labels.checklist(r.checklist)} · ${labels.substance(r.substanceClass)}`;
        return `${head}: ${criteriaOutcomeText(t, r)}`;
      }
      case 'drug-test': {
        const r = s as unknown as DrugTestResult;
        return r.positive
          ? t('summary.drugPositive', { substances: r.positiveSubstances.join(', ') })
          : t('summary.drugNegative');
      }
      case 'violence': {
        const r = s as unknown as ViolenceResult;
        if (r.childConcern) return t('summary.violenceChild');
        return r.concern ? t('summary.violenceDisclosed') : t('summary.violenceNone');
      }
      case 'lifestyle': {
        const r = s as unknown as LifestyleResult;
        const area = (a: string) => t(`lifestyle.areas.${a}`).toLowerCase();
        if (r.areasWithUse.length === 0) return t('summary.lifestyleNone');
        const parts = [t('summary.lifestyleUse', { areas: r.areasWithUse.map(area).join(', ') })];
        if (r.adviceMissing.length > 0) {
          parts.push(
            t('summary.lifestyleAdviceMissing', { areas: r.adviceMissing.map(area).join(', ') }),
          );
        }
        return parts.join(' ');
      }
    }
  };
}

type T = ReturnType<typeof useScreeningsT>['t'];

/** The computed result of a criteria checklist in words. */
export function criteriaOutcomeText(t: T, r: CriteriaResult): string {
  if (r.diagnosis !== undefined && typeof r.dependence === 'object') {
    if (r.diagnosis === 'dependence') {
      return t('summary.dsm4Dependence', {
        met: r.dependence.count,
        of: DSM4_DEPENDENCE.criteria.length,
      });
    }
    if (r.diagnosis === 'abuse' && r.abuse)
      return t('summary.dsm4Abuse', { met: r.abuse.count, of: DSM4_ABUSE.criteria.length });
    return t('summary.dsm4None');
  }
  if (typeof r.dependence === 'boolean') {
    return t(r.dependence ? 'summary.icd10Dependence' : 'summary.icd10None', {
      met: r.count ?? 0,
      of: ICD10_DEPENDENCE.criteria.length,
      threshold: ICD10_DEPENDENCE.threshold,
    });
  }
  if (r.severity !== undefined) {
    return t('summary.severity', {
      count: r.count ?? 0,
      severity: t(`criteria.severity.${r.severity}`),
    });
  }
  return '';
}
