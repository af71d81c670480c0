import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, StaffMember } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useMe } from '../auth/session';
import { useResetSecondFactor, useSetPassword, useUpdateStaff } from './queries';
import { PlacementField, placementBody, placementErrors, RoleSelect } from './staffForm';

interface Props {
  staff: StaffMember;
  onClose: () => void;
  onMessage: (message: string) => void;
}

/** Everything an administrator can do to one account, each action in its own small form. */
export function EditStaffPanel({ staff, onClose, onMessage }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="card edit-panel" aria-labelledby="edit-staff-heading">
      <div className="section-head">
        <h2 id="edit-staff-heading" ref={headingRef} tabIndex={-1}>
          {t('admin.manageHeading', { name: staff.name })}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <DetailsForm staff={staff} onMessage={onMessage} />
      <PasswordForm staff={staff} onMessage={onMessage} />
      <SecondFactorReset staff={staff} onMessage={onMessage} />
      <DisableAccount staff={staff} onMessage={onMessage} />
    </section>
  );
}

function DetailsForm({ staff, onMessage }: Omit<Props, 'onClose'>) {
  const { t } = useTranslation();
  const update = useUpdateStaff();
  const [name, setName] = useState(staff.name);
  const [role, setRole] = useState<Role | ''>(staff.role);
  const [unitId, setUnitId] = useState(staff.unitId ?? '');
  const [organisationId, setOrganisationId] = useState(staff.organisationId ?? '');
  const [mayView, setMayView] = useState(staff.mayViewProtectedIdentity);
  const form = useFormSubmit({
    check: () => placementErrors(t, name, role, unitId, organisationId),
    send: () =>
      update.mutateAsync({
        id: staff.id,
        name: name.trim(),
        role: role as Role,
        ...placementBody(role as Role, unitId, organisationId),
        mayViewProtectedIdentity: mayView,
      }),
    onSuccess: (s) => onMessage(t('admin.saved', { name: s.name })),
  });

  return (
    <Form form={form} className="form sub-section" aria-labelledby="edit-details-heading">
      <h3 id="edit-details-heading">{t('admin.detailsHeading')}</h3>
      <Form.Alerts />
      <Form.Text
        label={t('admin.fullName')}
        name="name"
        path="name"
        required
        className="field-medium"
        {...bindValue(name, setName)}
      />
      <div className="field-row">
        <RoleSelect value={role} onChange={setRole} />
        <PlacementField
          role={role}
          unitId={unitId}
          organisationId={organisationId}
          onUnit={setUnitId}
          onOrganisation={setOrganisationId}
        />
      </div>
      <Form.Checkbox
        name="mayViewProtectedIdentity"
        label={t('admin.mayViewProtectedIdentity')}
        hint={t('admin.mayViewProtectedIdentityHint')}
        checked={mayView}
        onChange={(e) => setMayView(e.target.checked)}
      />
      <Form.Actions submitLabel={t('admin.saveDetails')} />
    </Form>
  );
}

function PasswordForm({ staff, onMessage }: Omit<Props, 'onClose'>) {
  const { t } = useTranslation();
  const setPassword = useSetPassword();
  const [password, setValue] = useState('');
  const form = useFormSubmit({
    check: (): Errors =>
      password.length < 12 ? { password: t('fieldErrors.passwordLength') } : {},
    send: () => setPassword.mutateAsync({ id: staff.id, password }),
    onSuccess: () => {
      setValue('');
      onMessage(t('admin.passwordSet', { name: staff.name }));
    },
  });

  return (
    <Form form={form} className="form sub-section" aria-labelledby="edit-password-heading">
      <h3 id="edit-password-heading">{t('admin.passwordHeading')}</h3>
      <p className="section-intro">{t('admin.passwordIntro')}</p>
      <Form.Alerts />
      <div className="inline-fields">
        <Form.Text
          label={t('admin.newPassword')}
          hint={t('admin.passwordHint')}
          name="newPassword"
          path="password"
          type="password"
          autoComplete="new-password"
          className="field-medium"
          {...bindValue(password, setValue)}
        />
        <button type="submit" className="button" disabled={form.pending}>
          {t('admin.setPassword')}
        </button>
      </div>
    </Form>
  );
}

/** A two-step action: the first button asks, the second does it. */
function ConfirmAction({
  ask,
  confirmText,
  warning,
  danger,
  pending,
  onConfirm,
}: {
  ask: string;
  confirmText: string;
  warning: string;
  danger?: boolean;
  pending: boolean;
  onConfirm: (done: () => void) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {ask}
      </button>
    );
  }
  return (
    <div className="confirm">
      <p className="alert alert-warning">{warning}</p>
      <div className="actions">
        <button
          ref={confirmRef}
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          disabled={pending}
          onClick={() => onConfirm(() => setConfirming(false))}
        >
          {confirmText}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function SecondFactorReset({ staff, onMessage }: Omit<Props, 'onClose'>) {
  const { t } = useTranslation();
  const reset = useResetSecondFactor();
  return (
    <div className="sub-section" role="group" aria-labelledby="edit-2fa-heading">
      <h3 id="edit-2fa-heading">{t('admin.secondFactor')}</h3>
      <p>
        {staff.secondFactorEnabled ? t('admin.secondFactorIsOn') : t('admin.secondFactorIsOff')}
      </p>
      <ProblemAlert error={reset.error} />
      {staff.secondFactorEnabled && (
        <ConfirmAction
          ask={t('admin.resetSecondFactor')}
          confirmText={t('admin.confirmResetSecondFactor')}
          warning={t('admin.resetSecondFactorWarning', { name: staff.name })}
          pending={reset.isPending}
          onConfirm={(done) =>
            reset.mutate(
              { id: staff.id },
              {
                onSuccess: () => {
                  done();
                  onMessage(t('admin.secondFactorReset', { name: staff.name }));
                },
              },
            )
          }
        />
      )}
    </div>
  );
}

function DisableAccount({ staff, onMessage }: Omit<Props, 'onClose'>) {
  const { t } = useTranslation();
  const me = useMe();
  const update = useUpdateStaff();
  const self = me.id === staff.id;
  const setDisabled = (disabled: boolean, done: () => void) =>
    update.mutate(
      { id: staff.id, disabled },
      {
        onSuccess: (s) => {
          done();
          onMessage(
            disabled
              ? t('admin.disabledMessage', { name: s.name })
              : t('admin.enabledMessage', { name: s.name }),
          );
        },
      },
    );

  return (
    <div className="sub-section" role="group" aria-labelledby="edit-status-heading">
      <h3 id="edit-status-heading">{t('admin.statusHeading')}</h3>
      <p>{staff.disabled ? t('admin.isDisabled') : t('admin.isActive')}</p>
      <ProblemAlert error={update.error} />
      {self ? (
        <p className="field-hint">{t('admin.cannotDisableSelf')}</p>
      ) : staff.disabled ? (
        <ConfirmAction
          ask={t('admin.enable')}
          confirmText={t('admin.confirmEnable')}
          warning={t('admin.enableWarning', { name: staff.name })}
          pending={update.isPending}
          onConfirm={(done) => setDisabled(false, done)}
        />
      ) : (
        <ConfirmAction
          ask={t('admin.disable')}
          confirmText={t('admin.confirmDisable')}
          warning={t('admin.disableWarning', { name: staff.name })}
          danger
          pending={update.isPending}
          onConfirm={(done) => setDisabled(true, done)}
        />
      )}
    </div>
  );
}
