import type { OrganisationKind } from '@vardflata/contracts';
import { badRequest, type FieldError } from '../../http/problem.ts';

/**
 * What makes an integrated reception (seed 003): staff of both principals as one team. So its
 * units must include at least one of the region and one of a municipality; a private provider
 * is not a principal and cannot be part of it. A unit is in at most one reception, so a
 * reception's figures never count a unit that another reception also counts.
 *
 * Only administrators change receptions (the county's structure, like organisations and
 * units); every signed-in staff member may read them, since they say who works together.
 */
export function checkReceptionUnits(
  units: { id: string; organisationKind: OrganisationKind }[],
  requestedIds: string[],
  takenByOther: string[],
): void {
  const errors: FieldError[] = [];
  const found = new Set(units.map((u) => u.id));
  requestedIds.forEach((id, i) => {
    if (!found.has(id)) errors.push({ path: `unitIds[${i}]`, message: 'no such unit' });
    else if (takenByOther.includes(id))
      errors.push({
        path: `unitIds[${i}]`,
        message: 'already part of another integrated reception',
      });
  });
  if (new Set(requestedIds).size !== requestedIds.length)
    errors.push({ path: 'unitIds', message: 'a unit is named twice' });
  const kinds = new Set(units.map((u) => u.organisationKind));
  if (units.some((u) => u.organisationKind === 'private-provider'))
    errors.push({
      path: 'unitIds',
      message:
        'a private provider is not a principal and cannot be part of an integrated reception',
    });
  if (!kinds.has('region') || !kinds.has('municipality'))
    errors.push({
      path: 'unitIds',
      message: 'needs at least one unit of the region and one of a municipality',
    });
  if (errors.length > 0) throw badRequest(errors);
}
