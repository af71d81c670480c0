import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, StaffMember } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit } from '../../components/form';
import { useCreateStaff } from './queries';
import { PlacementField, placementBody, placementErrors, RoleSelect } from './staffForm';

const USERNAME = /^[a-z0-9._-]{2,64}$/;

/** A new account: username, name, role and its placement, a first password. */
export function CreateStaffForm({
  onCreated,
  onCancel,
}: {
  onCreated: (s: StaffMember) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateStaff();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [unitId, setUnitId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [password, setPassword] = useState('');
  const [mayViewProtectedIdentity, setMayView] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const normalizedUsername = username.trim().toLowerCase();

  const form = useFormSubmit({
    check: () => ({
      ...(USERNAME.test(normalizedUsername) ? {} : { username: t('fieldErrors.username') }),
      ...placementErrors(t, name, role, unitId, organisationId),
      ...(password.length < 12 ? { password: t('fieldErrors.passwordLength') } : {}),
    }),
    send: () =>
      create.mutateAsync({
        username: normalizedUsername,
        name: name.trim(),
        role: role as Role,
        ...placementBody(role as Role, unitId, organisationId),
        password,
        mayViewProtectedIdentity,
      }),
    onSuccess: onCreated,
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby="create-staff-heading">
      <h3 id="create-staff-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.createStaff')}
      </h3>
      <Form.Alerts />
      <div className="field-row">
        <Form.Text
          label={t('signIn.username')}
          hint={t('admin.usernameHint')}
          name="username"
          path="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...bindValue(username, setUsername)}
        />
        <Form.Text
          label={t('admin.fullName')}
          name="name"
          path="name"
          autoComplete="off"
          required
          {...bindValue(name, setName)}
        />
      </div>
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
      <Form.Text
        label={t('admin.initialPassword')}
        hint={t('admin.passwordHint')}
        name="password"
        path="password"
        type="password"
        autoComplete="new-password"
        required
        className="field-medium"
        {...bindValue(password, setPassword)}
      />
      <Form.Checkbox
        name="mayViewProtectedIdentity"
        label={t('admin.mayViewProtectedIdentity')}
        hint={t('admin.mayViewProtectedIdentityHint')}
        checked={mayViewProtectedIdentity}
        onChange={(e) => setMayView(e.target.checked)}
      />
      <Form.Actions submitLabel={t('admin.createStaffSubmit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
