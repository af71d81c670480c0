import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationKind } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { useOrganisations } from '../../lib/organisations';
import { InlineRename } from './InlineRename';
import { IntegratedReceptions } from './IntegratedReceptions';
import {
  useCreateOrganisation,
  useCreateUnit,
  useRenameOrganisation,
  useRenameUnit,
} from './queries';

const KINDS: readonly OrganisationKind[] = ['region', 'municipality', 'private-provider'];

/** Administration of principals, providers and their units. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [message, setMessage] = useState<string>();

  return (
    <>
      <PageHeading title={t('admin.organisationsTitle')}>
        {t('admin.organisationsTitle')}
      </PageHeading>
      <p className="lead">{t('admin.organisationsIntro')}</p>
      <StatusMessage>{message}</StatusMessage>
      <CreateOrganisationForm
        onCreated={(name) => setMessage(t('admin.organisationCreated', { name }))}
      />
      {organisations.isPending && <Loading />}
      <ProblemAlert error={organisations.error} />
      {organisations.data?.map((o) => (
        <OrganisationCard key={o.id} organisation={o} onMessage={setMessage} />
      ))}
      {organisations.data && (
        <IntegratedReceptions organisations={organisations.data} onMessage={setMessage} />
      )}
    </>
  );
}

function CreateOrganisationForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const form = useFormSubmit({
    check: () => ({
      ...(name.trim() ? {} : { name: t('fieldErrors.required') }),
      ...(kind ? {} : { kind: t('admin.kindRequired') }),
    }),
    send: () => create.mutateAsync({ name: name.trim(), kind: kind as OrganisationKind }),
    onSuccess: (o) => {
      setName('');
      setKind('');
      onCreated(o.name);
    },
  });

  return (
    <Form form={form} className="card form" aria-labelledby="create-org-heading">
      <h2 id="create-org-heading">{t('admin.createOrganisation')}</h2>
      <Form.Alerts />
      <div className="inline-fields">
        <Form.Text
          label={t('admin.organisationName')}
          name="name"
          path="name"
          required
          className="field-grow"
          {...bindValue(name, setName)}
        />
        <Form.Select
          label={t('admin.kind')}
          name="kind"
          path="kind"
          required
          value={kind}
          onChange={(e) => setKind(e.target.value as OrganisationKind)}
        >
          <option value="">{t('common.choose')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organisationKinds.${k}`)}
            </option>
          ))}
        </Form.Select>
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {t('admin.create')}
        </button>
      </div>
    </Form>
  );
}

/** A unit added to an organisation: one field, in place under the organisation's units. */
function AddUnitForm({
  organisation,
  onMessage,
}: {
  organisation: Organisation;
  onMessage: (m: string) => void;
}) {
  const { t } = useTranslation();
  const createUnit = useCreateUnit();
  const [unitName, setUnitName] = useState('');
  const form = useFormSubmit({
    check: (): Errors => (unitName.trim() ? {} : { name: t('fieldErrors.required') }),
    send: () => createUnit.mutateAsync({ organisationId: organisation.id, name: unitName.trim() }),
    onSuccess: (u) => {
      setUnitName('');
      onMessage(t('admin.unitCreated', { name: u.name, organisation: organisation.name }));
    },
  });
  return (
    <Form form={form} className="inline-fields add-unit">
      <Form.Alerts />
      <Form.Text
        label={t('admin.newUnitIn', { organisation: organisation.name })}
        name="unitName"
        path="name"
        className="field-grow"
        {...bindValue(unitName, setUnitName)}
      />
      <button type="submit" className="button" disabled={form.pending}>
        {t('admin.addUnit')}
      </button>
    </Form>
  );
}

function OrganisationCard({
  organisation,
  onMessage,
}: {
  organisation: Organisation;
  onMessage: (m: string) => void;
}) {
  const { t } = useTranslation();
  const rename = useRenameOrganisation();
  const headingId = `org-${organisation.id}`;

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>
          {organisation.name}{' '}
          <Badge tone="info">{t(`organisationKinds.${organisation.kind}`)}</Badge>
        </h2>
        <InlineRename
          current={organisation.name}
          save={(name) => rename.mutateAsync({ id: organisation.id, name })}
          onSaved={(name) => onMessage(t('admin.renamed', { name }))}
        />
      </div>
      <h3>{t('admin.units')}</h3>
      {organisation.units.length === 0 ? (
        <p>{t('admin.noUnits')}</p>
      ) : (
        <ul className="unit-list">
          {[...organisation.units]
            .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
            .map((u) => (
              <UnitRow key={u.id} unit={u} onMessage={onMessage} />
            ))}
        </ul>
      )}
      <AddUnitForm organisation={organisation} onMessage={onMessage} />
    </section>
  );
}

function UnitRow({
  unit,
  onMessage,
}: {
  unit: { id: string; name: string };
  onMessage: (m: string) => void;
}) {
  const { t } = useTranslation();
  const rename = useRenameUnit();
  return (
    <li>
      <span className="unit-name">{unit.name}</span>
      <InlineRename
        current={unit.name}
        save={(name) => rename.mutateAsync({ id: unit.id, name })}
        onSaved={(name) => onMessage(t('admin.renamed', { name }))}
      />
    </li>
  );
}
