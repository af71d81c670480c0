import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegratedReception, Organisation } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { translateFieldMessage } from '../../lib/errors';
import { Loading } from '../../components/Status';
import { useIntegratedReceptions, useSaveIntegratedReception } from './queries';

/**
 * Integrated receptions (seed 003): units of the region and of a municipality that work as one
 * team. Each unit keeps its own principal's records.
 */
export function IntegratedReceptions({
  organisations,
  onMessage,
}: {
  organisations: Organisation[];
  onMessage: (m: string) => void;
}) {
  const { t } = useTranslation();
  const receptions = useIntegratedReceptions();
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  return (
    <section className="card" aria-labelledby="receptions-heading">
      <h2 id="receptions-heading">{t('admin.receptions.title')}</h2>
      <p>{t('admin.receptions.intro')}</p>
      {receptions.isPending && <Loading />}
      <ProblemAlert error={receptions.error} />
      {receptions.data?.length === 0 && <p>{t('admin.receptions.none')}</p>}
      {receptions.data?.map((r) =>
        editing === r.id ? (
          <ReceptionForm
            key={r.id}
            reception={r}
            organisations={organisations}
            onDone={(name) => {
              setEditing(null);
              if (name) onMessage(t('admin.receptions.saved', { name }));
            }}
          />
        ) : (
          <div key={r.id} className="reception">
            <h3>{r.name}</h3>
            <ul className="unit-list">
              {r.units.map((u) => (
                <li key={u.id}>
                  {u.name} ({u.organisationName}, {t(`organisationKinds.${u.organisationKind}`)})
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={() => setEditing(r.id)}>
              {t('admin.receptions.edit', { name: r.name })}
            </button>
          </div>
        ),
      )}
      {editing === 'new' ? (
        <ReceptionForm
          organisations={organisations}
          onDone={(name) => {
            setEditing(null);
            if (name) onMessage(t('admin.receptions.created', { name }));
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('admin.receptions.new')}
        </button>
      )}
    </section>
  );
}

function ReceptionForm({
  reception,
  organisations,
  onDone,
}: {
  reception?: IntegratedReception;
  organisations: Organisation[];
  onDone: (savedName?: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIntegratedReception(reception?.id);
  const [name, setName] = useState(reception?.name ?? '');
  const [unitIds, setUnitIds] = useState<string[]>(reception?.units.map((u) => u.id) ?? []);
  // Only the two principals' units: a private provider is not part of a joint reception.
  const options = organisations
    .filter((o) => o.kind !== 'private-provider')
    .flatMap((o) =>
      o.units.map((u) => ({
        value: u.id,
        label: `${u.name} (${o.name}, ${t(`organisationKinds.${o.kind}`)})`,
      })),
    );
  const kinds = new Set(
    organisations.filter((o) => o.units.some((u) => unitIds.includes(u.id))).map((o) => o.kind),
  );
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(name.trim() ? {} : { name: t('fieldErrors.required') }),
      ...(kinds.has('region') && kinds.has('municipality')
        ? {}
        : { unitIds: t('admin.receptions.unitsRequired') }),
    }),
    // The server names the unit by index (`unitIds[1]`); the form answers for the group.
    server: {
      path: (p) => (p.startsWith('unitIds') ? 'unitIds' : p),
      message: (m, p) =>
        p === 'unitIds' && m.includes('another integrated reception')
          ? t('admin.receptions.unitTaken')
          : p === 'unitIds'
            ? t('admin.receptions.unitsRequired')
            : translateFieldMessage(t, m),
    },
    send: () => save.mutateAsync({ name: name.trim(), unitIds }),
    onSuccess: (r) => onDone(r.name),
  });
  const headingId = `reception-form-${reception?.id ?? 'new'}`;

  return (
    <Form form={form} className="form" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {reception ? t('admin.receptions.editTitle') : t('admin.receptions.new')}
      </h3>
      <Form.Alerts />
      <Form.Text
        label={t('admin.receptions.name')}
        name="receptionName"
        path="name"
        required
        {...bindValue(name, setName)}
      />
      <Form.Choices<string>
        type="checkbox"
        name="receptionUnits"
        path="unitIds"
        requiredMark
        label={t('admin.receptions.units')}
        hint={t('admin.receptions.unitsHint')}
        options={options}
        value={unitIds}
        onChange={setUnitIds}
      />
      <Form.Actions submitLabel={t('admin.receptions.save')} cancel={{ onClick: () => onDone() }} />
    </Form>
  );
}
