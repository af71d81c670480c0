import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '@vardflata/contracts';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { focusLater } from '../../lib/focus';
import { useOrganisationNames, useUnitNames } from '../../lib/organisations';
import { CreateStaffForm } from './CreateStaffForm';
import { EditStaffPanel } from './EditStaffPanel';
import { useStaff } from './queries';
// auth:
import { StaffApprovals } from './StaffApprovals';

/** Staff accounts: create, change role or unit, disable, reset password or second factor. */
export function StaffPage() {
  const { t } = useTranslation();
  const staff = useStaff();
  const units = useUnitNames();
  const organisations = useOrganisationNames();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState<string>();
  const manageButtons = useRef(new Map<string, HTMLButtonElement>());
  const createButton = useRef<HTMLButtonElement>(null);

  const editing = staff.data?.find((s) => s.id === editingId) ?? null;
  const placeOf = (s: StaffMember) => {
    if (s.unitId) {
      const u = units.get(s.unitId);
      return u ? `${u.name} (${u.organisationName})` : '—';
    }
    if (s.organisationId) return organisations.get(s.organisationId) ?? '—';
    return '—';
  };

  return (
    <>
      <PageHeading title={t('admin.staffTitle')}>{t('admin.staffTitle')}</PageHeading>
      <p className="lead">{t('admin.staffIntro')}</p>
      <StatusMessage>{message}</StatusMessage>

      <section className="card" aria-labelledby="create-staff-section">
        <div className="section-head">
          <h2 id="create-staff-section">{t('admin.newAccount')}</h2>
          {!creating && (
            <button
              ref={createButton}
              type="button"
              className="button button-primary"
              onClick={() => {
                setCreating(true);
                setMessage(undefined);
              }}
            >
              {t('admin.createStaff')}
            </button>
          )}
        </div>
        {creating && (
          <CreateStaffForm
            onCancel={() => {
              setCreating(false);
              focusLater(createButton);
            }}
            onCreated={(s) => {
              setCreating(false);
              setMessage(t('admin.staffCreated', { name: s.name, username: s.username }));
              focusLater(createButton);
            }}
          />
        )}
      </section>

      {/* auth: the two-person rule and sign-in locks (decision 0012) */}
      {staff.data && (
        <StaffApprovals
          staff={staff.data}
          placeOf={(unitId, organisationId) => placeOf({ unitId, organisationId } as StaffMember)}
        />
      )}

      <section className="card" aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading">{t('admin.accounts')}</h2>
        {staff.isPending && <Loading />}
        <ProblemAlert error={staff.error} />
        {staff.data && (
          <div className="table-wrap">
            <table className="table" data-testid="staff-table">
              <caption className="visually-hidden">{t('admin.accounts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.fullName')}</th>
                  <th scope="col">{t('signIn.username')}</th>
                  <th scope="col">{t('common.role')}</th>
                  <th scope="col">{t('admin.placement')}</th>
                  <th scope="col">{t('admin.secondFactor')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {staff.data.map((s) => (
                  <tr key={s.id} className={s.disabled ? 'row-muted' : undefined}>
                    <th scope="row">
                      {s.name}
                      {s.demo && (
                        <>
                          {' '}
                          <Badge>{t('admin.demoAccount')}</Badge>
                        </>
                      )}
                    </th>
                    <td>
                      <code>{s.username}</code>
                    </td>
                    <td>{t(`roles.${s.role}`)}</td>
                    <td>{placeOf(s)}</td>
                    <td>
                      {s.secondFactorEnabled
                        ? t('admin.secondFactorOn')
                        : t('admin.secondFactorOff')}
                    </td>
                    <td>
                      {s.disabled ? (
                        <Badge tone="danger">{t('admin.disabled')}</Badge>
                      ) : s.proposal ? (
                        <Badge>{t('admin.approvals.waitingBadge')}</Badge>
                      ) : s.signInLocked ? (
                        <Badge tone="danger">{t('admin.approvals.lockedBadge')}</Badge>
                      ) : (
                        <Badge tone="ok">{t('admin.active')}</Badge>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        ref={(el) => {
                          if (el) manageButtons.current.set(s.id, el);
                          else manageButtons.current.delete(s.id);
                        }}
                        aria-expanded={editingId === s.id}
                        onClick={() => {
                          setEditingId(editingId === s.id ? null : s.id);
                          setMessage(undefined);
                        }}
                      >
                        {t('admin.manage')}
                        <span className="visually-hidden"> {s.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {editing && (
        <EditStaffPanel
          key={editing.id}
          staff={editing}
          onMessage={setMessage}
          onClose={() => {
            const id = editing.id;
            setEditingId(null);
            setTimeout(() => manageButtons.current.get(id)?.focus());
          }}
        />
      )}
    </>
  );
}
