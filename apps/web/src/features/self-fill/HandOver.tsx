import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import type { SelfFillState } from '@vardflata/contracts';
import { api } from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSelfFillT } from './i18n';
import { clearHandback, peekHandback, setSelfFillLock } from './lock';

/**
 * The person's answers after self-fill, taken once when the form opens, with what to tell the
 * staff member about them.
 */
export function useHandback(personId: string, instrument: 'AUDIT' | 'DUDIT') {
  const { t } = useSelfFillT();
  // Cleared when the form goes away (not when it is read: StrictMode reads twice).
  useEffect(() => clearHandback, []);
  const [value] = useState(() => {
    const handback = peekHandback(personId, instrument);
    if (!handback) return null;
    return {
      answers: handback.answers,
      message: handback.answers ? t('handback.answered') : t('handback.notAnswered'),
    };
  });
  return value;
}

/**
 * "Let the person fill it in": the session is locked to the questionnaire on the server, and the
 * app shows the person's screen until the staff member unlocks it with her password.
 */
export function HandOver({
  personId,
  instrument,
  filledByPerson,
}: {
  personId: string;
  instrument: 'AUDIT' | 'DUDIT';
  filledByPerson: boolean;
}) {
  const { t } = useSelfFillT();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () =>
      api.post<SelfFillState>(`/api/persons/${encodeURIComponent(personId)}/self-fill`, {
        instrument,
      }),
    onSuccess: (state) => {
      // The address bar shows nothing of the person while the screen is in their hands.
      navigate('/self-fill', { replace: false });
      setSelfFillLock(state);
    },
  });
  return (
    <div className="handover">
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        {t('screenings:selfFill.handOver')}
      </button>
      <p className="field-hint">{t('screenings:selfFill.handOverHint')}</p>
      {filledByPerson && <p className="small">{t('screenings:selfFill.wasFilledByPerson')}</p>}
      <ProblemAlert error={start.error} />
    </div>
  );
}
