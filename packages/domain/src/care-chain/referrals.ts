import type { LocalizedText } from '../instruments/types.ts';

/**
 * Referral and consultation between the principals (F6, seeds 000 and 004): social services to
 * primary care for co-morbidity and back, LARO assessment and medication start at the county
 * resource (LABO, Beroendecentrum), consultation support to primary care.
 */
export const REFERRAL_KINDS = [
  'co-morbidity-assessment',
  'laro-assessment',
  'laro-medication-start',
  'consultation-support',
  'report-back',
  'other',
] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_STATUSES = ['sent', 'answered'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const REFERRAL_LABELS = {
  kind: {
    'co-morbidity-assessment': t(
      'Bedömning av psykisk eller somatisk ohälsa',
      'Assessment of mental or physical ill-health',
    ),
    'laro-assessment': t(
      'LARO-utredning vid länsresursen (LABO)',
      'LARO assessment at the county resource (LABO)',
    ),
    'laro-medication-start': t(
      'Läkemedelsinställning LARO vid länsresursen (LABO)',
      'LARO medication start at the county resource (LABO)',
    ),
    'consultation-support': t('Konsultativt stöd', 'Consultation support'),
    'report-back': t('Återrapport', 'Report back'),
    other: t('Annan remiss', 'Other referral'),
  } satisfies Record<ReferralKind, LocalizedText>,
  status: {
    sent: t('Skickad, väntar på svar', 'Sent, awaiting an answer'),
    answered: t('Besvarad', 'Answered'),
  } satisfies Record<ReferralStatus, LocalizedText>,
};
