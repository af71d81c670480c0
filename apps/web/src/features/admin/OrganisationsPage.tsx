import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationKind } from '@vardflata/contracts';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { fieldError } from '../../lib/errors';
import { useOrganisations } from '../../lib/organisations';
import { InlineRename } from './InlineRename';
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
    </>
  );
}

function CreateOrganisationForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [errors, setErrors] = useState<{ name?: string; kind?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!name.trim()) next.name = t('fieldErrors.required');
    if (!kind) next.kind = t('admin.kindRequired');
    setErrors(next);
    if (next.name || next.kind) return;
    create.mutate(
      { name: name.trim(), kind: kind as OrganisationKind },
      {
        onSuccess: (o) => {
          setName('');
          setKind('');
          onCreated(o.name);
        },
      },
    );
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="create-org-heading">
      <h2 id="create-org-heading">{t('admin.createOrganisation')}</h2>
      <ProblemAlert error={create.error} shownFields={['name', 'kind']} />
      <div className="inline-fields">
        <TextField
          label={t('admin.organisationName')}
          name="name"
          required
          className="field-grow"
          value={name}
          error={errors.name ?? fieldError(t, create.error, 'name')}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={t('admin.kind')}
          name="kind"
          required
          value={kind}
          error={errors.kind ?? fieldError(t, create.error, 'kind')}
          onChange={(e) => setKind(e.target.value as OrganisationKind)}
        >
          <option value="">{t('common.choose')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organisationKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('admin.create')}
        </button>
      </div>
    </form>
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
  const createUnit = useCreateUnit();
  const [unitName, setUnitName] = useState('');
  const [unitError, setUnitError] = useState<string>();
  const headingId = `org-${organisation.id}`;

  const addUnit = (event: FormEvent) => {
    event.preventDefault();
    if (!unitName.trim()) {
      setUnitError(t('fieldErrors.required'));
      return;
    }
    setUnitError(undefined);
    createUnit.mutate(
      { organisationId: organisation.id, name: unitName.trim() },
      {
        onSuccess: (u) => {
          setUnitName('');
          onMessage(t('admin.unitCreated', { name: u.name, organisation: organisation.name }));
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>
          {organisation.name}{' '}
          <Badge tone="info">{t(`organisationKinds.${organisation.kind}`)}</Badge>
        </h2>
        <InlineRename
          current={organisation.name}
          pending={rename.isPending}
          error={rename.error}
          save={(name, done) =>
            rename.mutate(
              { id: organisation.id, name },
              {
                onSuccess: () => {
                  done();
                  onMessage(t('admin.renamed', { name }));
                },
              },
            )
          }
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
      <form className="inline-fields add-unit" onSubmit={addUnit} noValidate>
        <ProblemAlert error={createUnit.error} shownFields={['name']} />
        <TextField
          label={t('admin.newUnitIn', { organisation: organisation.name })}
          name="unitName"
          className="field-grow"
          value={unitName}
          error={unitError ?? fieldError(t, createUnit.error, 'name')}
          onChange={(e) => setUnitName(e.target.value)}
        />
        <button type="submit" className="button" disabled={createUnit.isPending}>
          {t('admin.addUnit')}
        </button>
      </form>
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
        pending={rename.isPending}
        error={rename.error}
        save={(name, done) =>
          rename.mutate(
            { id: unit.id, name },
            {
              onSuccess: () => {
                done();
                onMessage(t('admin.renamed', { name }));
              },
            },
          )
        }
      />
    </li>
  );
}
