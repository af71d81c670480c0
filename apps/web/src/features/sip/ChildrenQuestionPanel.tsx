import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { CHILDREN_ANSWERS, CIRCLE_LABELS, type ChildrenAnswer } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useAnswerChildrenQuestion, useCircle } from '../care-records/queries';
import { personPath } from './helpers';
import { useSipT } from './i18n';
import type { SipDetail } from './types';

/**
 * The children-as-relatives question where the SIP starts (issue 9.7): are there children in
 * the household or with regular contact? The answer is the circle's (F1); who informed the
 * children and what support they got is recorded there, so the panel links to it. Shown only
 * when the caller may read the circle (its 404 hides it) and while the SIP is under way.
 */
export function ChildrenQuestionPanel({ sip }: { sip: SipDetail }) {
  const { t, label } = useSipT();
  const me = useMe();
  const circle = useCircle(sip.personId);
  const answer = useAnswerChildrenQuestion(sip.personId);
  const headingId = useId();
  const [choice, setChoice] = useState<ChildrenAnswer | ''>('');
  const [askedOn, setAskedOn] = useState(todayInStockholm());
  const [done, setDone] = useState('');
  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!choice) found.answer = t('children.errors.answer');
      if (!askedOn) found.askedOn = t('children.errors.askedOn');
      return found;
    },
    send: () =>
      answer.mutateAsync({
        answer: choice as ChildrenAnswer,
        context: 'sip',
        recordId: sip.id,
        askedOn,
      }),
    onSuccess: () => setDone(t('children.saved')),
  });
  if (!circle.data || (sip.status !== 'proposed' && sip.status !== 'active')) return null;
  const given = circle.data.answers.find((q) => q.context === 'sip' && q.recordId === sip.id);
  const children = circle.data.members.filter((m) => m.kind === 'child');
  return (
    <section className="card" aria-labelledby={headingId} data-testid="sip-children-question">
      <h2 id={headingId}>{t('children.heading')}</h2>
      <StatusMessage>{done}</StatusMessage>
      {given ? (
        <p>
          {t('children.answered', {
            date: formatDate(given.askedOn),
            unit: given.unitName,
            answer: label(CIRCLE_LABELS.answer[given.answer]),
          })}
        </p>
      ) : (
        <div className="alert alert-warning">
          <p>{t('children.notAsked')}</p>
        </div>
      )}
      {children.length > 0 && <p>{t('children.inCircle', { count: children.length })}</p>}
      <p>
        <Link to={`${personPath(sip.personId)}#circle`}>{t('children.toCircle')}</Link>
      </p>
      {!given && mayWorkWithPersons(me) && (
        <Form form={form} className="form" aria-labelledby={headingId}>
          <Form.Alerts />
          <Form.Choices<ChildrenAnswer>
            type="radio"
            name="sip-children-answer"
            path="answer"
            requiredMark
            label={t('children.question')}
            hint={t('children.hint')}
            options={CHILDREN_ANSWERS.map((value) => ({
              value,
              label: label(CIRCLE_LABELS.answer[value]),
            }))}
            value={choice ? [choice] : []}
            onChange={(v) => setChoice(v[0] ?? '')}
          />
          <Form.Date
            path="askedOn"
            label={t('children.askedOn')}
            required
            {...bindValue(askedOn, setAskedOn)}
          />
          <Form.Actions submitLabel={t('children.submit')} />
        </Form>
      )}
    </section>
  );
}
