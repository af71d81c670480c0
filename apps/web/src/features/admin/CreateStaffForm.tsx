import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, StaffMember } from '@vardflata/contracts';
import { CheckboxField, TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/errors';
import { useCreateStaff } from './queries';
import { PlacementField, placementBody, placementOf, RoleSelect } from './staffForm';

const FIELDS = ['username', 'name', 'role', 'unitId', 'organisationId', 'password'] as const;
type Field = (typeof FIELDS)[number];
const USERNAME = /^[a-z0-9._-]{2,64}$/;

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
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const focus = (f: Field) => formRef.current?.querySelector<HTMLElement>(`[name="${f}"]`)?.focus();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const normalizedUsername = username.trim().toLowerCase();
    if (!USERNAME.test(normalizedUsername)) next.username = t('fieldErrors.username');
    if (!name.trim()) next.name = t('fieldErrors.required');
    if (!role) next.role = t('admin.roleRequired');
    if (placementOf(role) === 'unit' && !unitId) next.unitId = t('admin.unitRequired');
    if (placementOf(role) === 'organisation' && !organisationId)
      next.organisationId = t('admin.organisationRequired');
    if (password.length < 12) next.password = t('fieldErrors.passwordLength');
    setErrors(next);
    const first = FIELDS.find((f) => next[f]);
    if (first) {
      focus(first);
      return;
    }
    create.mutate(
      {
        username: normalizedUsername,
        name: name.trim(),
        role: role as Role,
        ...placementBody(role as Role, unitId, organisationId),
        password,
        mayViewProtectedIdentity,
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          const f = FIELDS.find((x) => fieldError(t, error, x));
          if (f) focus(f);
        },
      },
    );
  };

  const show = (f: Field) => errors[f] ?? fieldError(t, create.error, f);

  return (
    <form
      ref={formRef}
      className="form inline-panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="create-staff-heading"
    >
      <h3 id="create-staff-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.createStaff')}
      </h3>
      <ProblemAlert error={create.error} shownFields={FIELDS} />
      <div className="field-row">
        <TextField
          label={t('signIn.username')}
          hint={t('admin.usernameHint')}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          error={show('username')}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label={t('admin.fullName')}
          name="name"
          autoComplete="off"
          required
          value={name}
          error={show('name')}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field-row">
        <RoleSelect value={role} onChange={setRole} error={show('role')} />
        <PlacementField
          role={role}
          unitId={unitId}
          organisationId={organisationId}
          onUnit={setUnitId}
          onOrganisation={setOrganisationId}
          unitError={show('unitId')}
          organisationError={show('organisationId')}
        />
      </div>
      <TextField
        label={t('admin.initialPassword')}
        hint={t('admin.passwordHint')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        className="field-medium"
        value={password}
        error={show('password')}
        onChange={(e) => setPassword(e.target.value)}
      />
      <CheckboxField
        name="mayViewProtectedIdentity"
        label={t('admin.mayViewProtectedIdentity')}
        hint={t('admin.mayViewProtectedIdentityHint')}
        checked={mayViewProtectedIdentity}
        onChange={(e) => setMayView(e.target.checked)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('admin.createStaffSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
