import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Role } from '@vardflata/contracts';
import { Form, type Errors } from '../../components/form';
import { useOrganisations } from '../../lib/organisations';
import { ALL_ROLES, PERSON_READER_ROLES } from '../../lib/roles';

/** Where an account belongs follows from its role (the server's rule). */
export type Placement = 'unit' | 'organisation' | 'none';
export const placementOf = (role: Role | ''): Placement =>
  role === ''
    ? 'none'
    : PERSON_READER_ROLES.includes(role)
      ? 'unit'
      : role === 'analyst'
        ? 'organisation'
        : 'none';

/** The body fields for the placement, with the unused one cleared. */
export function placementBody(role: Role, unitId: string, organisationId: string) {
  const placement = placementOf(role);
  return {
    unitId: placement === 'unit' ? unitId || null : null,
    organisationId: placement === 'organisation' ? organisationId || null : null,
  };
}

/** The name, the role and the placement it needs: what is missing, by the body's paths. */
export function placementErrors(
  t: TFunction,
  name: string,
  role: Role | '',
  unitId: string,
  organisationId: string,
): Errors {
  const found: Errors = {};
  if (!name.trim()) found.name = t('fieldErrors.required');
  if (!role) found.role = t('admin.roleRequired');
  if (placementOf(role) === 'unit' && !unitId) found.unitId = t('admin.unitRequired');
  if (placementOf(role) === 'organisation' && !organisationId)
    found.organisationId = t('admin.organisationRequired');
  return found;
}

export function RoleSelect({
  value,
  onChange,
}: {
  value: Role | '';
  onChange: (role: Role | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Select
      label={t('common.role')}
      name="role"
      path="role"
      required
      value={value}
      onChange={(e) => onChange(e.target.value as Role | '')}
    >
      <option value="">{t('common.choose')}</option>
      {ALL_ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`roles.${r}`)}
        </option>
      ))}
    </Form.Select>
  );
}

/** A unit (grouped by organisation) for unit roles, an organisation for analysts, none for admins. */
export function PlacementField({
  role,
  unitId,
  organisationId,
  onUnit,
  onOrganisation,
}: {
  role: Role | '';
  unitId: string;
  organisationId: string;
  onUnit: (id: string) => void;
  onOrganisation: (id: string) => void;
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations().data ?? [];
  const placement = placementOf(role);

  if (placement === 'unit') {
    return (
      <Form.Select
        label={t('common.unit')}
        hint={t('admin.unitHint')}
        name="unitId"
        path="unitId"
        required
        value={unitId}
        onChange={(e) => onUnit(e.target.value)}
      >
        <option value="">{t('common.choose')}</option>
        {organisations.map((o) => (
          <optgroup key={o.id} label={o.name}>
            {o.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Form.Select>
    );
  }
  if (placement === 'organisation') {
    return (
      <Form.Select
        label={t('common.organisation')}
        hint={t('admin.organisationHint')}
        name="organisationId"
        path="organisationId"
        required
        value={organisationId}
        onChange={(e) => onOrganisation(e.target.value)}
      >
        <option value="">{t('common.choose')}</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Form.Select>
    );
  }
  return role === 'administrator' ? (
    <p className="field-hint">{t('admin.adminPlacement')}</p>
  ) : null;
}
