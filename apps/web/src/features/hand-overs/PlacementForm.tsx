import { useState } from 'react';
import type { Placement } from '@vardflata/contracts';
import { isApiError } from '../../api';
import { Form, useFormSubmit, type Errors, NamedOptions } from '../../components/form';
import { useOrganisations } from '../../lib/organisations';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { usePlace } from './queries';

const percent = (v: string) => (/^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : null);

/** A new HVB placement: provider, planned start and the cost split between the principals. */
export function PlacementForm({
  personId,
  onCancel,
  onPlaced,
}: {
  personId: string;
  onCancel: () => void;
  onPlaced: (p: Placement) => void;
}) {
  const { t } = useCareT();
  const me = useMe();
  const organisations = useOrganisations();
  const place = usePlace(personId);
  const providers = (organisations.data ?? [])
    .filter((o) => o.kind === 'private-provider')
    .flatMap((o) => o.units.map((u) => ({ id: u.id, name: `${u.name} (${o.name})` })));
  const region = (organisations.data ?? []).find((o) => o.kind === 'region');
  const [provider, setProvider] = useState('');
  const [start, setStart] = useState('');
  const [ours, setOurs] = useState('');
  const [theirs, setTheirs] = useState('');
  const form = useFormSubmit({
    check: (): Errors => {
      const found: Errors = {};
      if (!provider) found.providerUnitId = t('placement.errors.provider');
      if (!start.trim()) found.plannedStart = t('placement.errors.start');
      if (percent(ours) === null) found['costSplit[0].percent'] = t('placement.errors.percent');
      if (percent(theirs) === null) found['costSplit[1].percent'] = t('placement.errors.percent');
      return found;
    },
    ownsProblem: (e) => isApiError(e) && e.status === 422,
    send: () =>
      place.mutateAsync({
        kind: 'hvb',
        providerUnitId: provider,
        plannedStart: start.trim(),
        costSplit: [
          { organisationId: me.organisation!.id, percent: percent(ours)! },
          { organisationId: region!.id, percent: percent(theirs)! },
        ],
      }),
    onSuccess: onPlaced,
  });
  const missing =
    isApiError(place.error) && place.error.status === 422
      ? ((place.error.problem as { missing?: string[] }).missing ?? [])
      : [];
  return (
    <Form form={form} className="form inline-panel" aria-labelledby="placement-form-heading">
      <h3 id="placement-form-heading">{t('placement.formHeading')}</h3>
      <p>{t('placement.formIntro')}</p>
      <Form.Alerts />
      {missing.length > 0 && (
        <div className="alert alert-error" role="alert" data-testid="placement-refused">
          <p>{t('placement.refused')}</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{t(`placement.missing.${m === 'sip' ? 'sip' : 'costSplit'}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <Form.Select
        path="providerUnitId"
        label={t('placement.provider')}
        requiredMark
        value={provider}
        onChange={(e) => setProvider(e.target.value)}
      >
        <NamedOptions choose={t('placement.chooseProvider')} items={providers} />
      </Form.Select>
      <Form.Date
        path="plannedStart"
        label={t('placement.plannedStart')}
        requiredMark
        value={start}
        onChange={(e) => setStart(e.target.value)}
      />
      <Form.Fieldset label={t('placement.costSplit')} hint={t('placement.costSplitHint')}>
        <Form.Text
          path="costSplit[0].percent"
          label={t('placement.share', { organisation: me.organisation?.name ?? '' })}
          inputMode="numeric"
          requiredMark
          value={ours}
          onChange={(e) => setOurs(e.target.value)}
        />
        <Form.Text
          path="costSplit[1].percent"
          label={t('placement.share', { organisation: region?.name ?? '' })}
          inputMode="numeric"
          requiredMark
          value={theirs}
          onChange={(e) => setTheirs(e.target.value)}
        />
      </Form.Fieldset>
      <Form.Actions submitLabel={t('placement.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
