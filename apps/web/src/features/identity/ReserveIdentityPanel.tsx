import { useRef, useState } from 'react';
import type { Person } from '@vardflata/contracts';
import { focusLater } from '../../lib/focus';
import { formatPin } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useIdentityT } from './i18n';
import { MergeForm } from './MergeForm';

/** On a reserve identity's page: that it is one, and the merge into the real identity. */
export function ReserveIdentityPanel({ person }: { person: Person }) {
  const { t } = useIdentityT();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  if (person.identityNumberKind !== 'reservnummer') return null;
  const ownUnitWorks = person.careRelations.some(
    (r) => r.unitId === me.unit?.id && r.closedAt === null,
  );
  return (
    <section className="card" aria-labelledby="reserve-heading" data-testid="reserve-identity">
      <h2 id="reserve-heading">{t('reserve.heading')}</h2>
      <div className="alert alert-warning">
        <p>{t('reserve.body', { number: formatPin(person.personalIdentityNumber) })}</p>
      </div>
      {mayWorkWithPersons(me) && ownUnitWorks && !open && (
        <button ref={openButton} type="button" className="button" onClick={() => setOpen(true)}>
          {t('merge.open')}
        </button>
      )}
      {open && (
        <MergeForm
          reserve={person}
          onCancel={() => {
            setOpen(false);
            focusLater(openButton);
          }}
        />
      )}
    </section>
  );
}
