import type { CreateCostKeyBody } from '@vardflata/contracts';
import { forbidden } from '../../http/problem.ts';
import type { FieldError } from '../../http/problem.ts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { toHundredths } from './joint-financing.allocation.ts';

/**
 * Who does what in joint financing (F18, decision 0019-e). The county steering group decides
 * the cost-sharing keys ("en ekonomisk överenskommelse … beslutas av ingående politiska
 * nämnder", seed 003): its members set keys, population figures, periods and costs, and settle.
 * The settlement is aggregate and without person data: the principals' managers, coordinators
 * and analysts read it. A placement's daily rate is entered by the steering group or by a
 * manager or coordinator of the placing municipality, who pays for it.
 */
export function mayManage(actor: GovernanceActor): boolean {
  return actor.steering;
}
export function requireMayManage(actor: GovernanceActor): void {
  if (!mayManage(actor)) throw forbidden('The county steering group sets the joint financing.');
}

export function mayRead(actor: GovernanceActor): boolean {
  return actor.steering || ['unit-manager', 'coordinator', 'analyst'].includes(actor.caller.role);
}
export function requireMayRead(actor: GovernanceActor): void {
  if (!mayRead(actor)) throw forbidden();
}

export function mayRatePlacement(
  actor: GovernanceActor,
  placement: { placing_organisation_id: string },
): boolean {
  if (actor.steering) return true;
  return (
    ['unit-manager', 'coordinator'].includes(actor.caller.role) &&
    actor.caller.organisationId === placement.placing_organisation_id
  );
}

const shown = (hundredths: number) => (hundredths / 100).toFixed(2).replace(/\.?0+$/, '');

/**
 * A key's rules: the principals' shares make exactly 100 %, the region is a region and the
 * municipalities municipalities (each once); fixed shares among the municipalities make exactly
 * 100 %, a key by population names the year of the figures. Returns what is wrong, by field.
 */
export function keyErrors(
  body: CreateCostKeyBody,
  kindOf: (organisationId: string) => string | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const principals = toHundredths(body.regionPercent) + toHundredths(body.municipalPercent);
  if (principals !== 10_000) {
    errors.push({
      path: 'municipalPercent',
      message: `regionPercent and municipalPercent must make exactly 100 (they make ${shown(principals)})`,
    });
  }
  if (kindOf(body.regionId) !== 'region')
    errors.push({ path: 'regionId', message: 'no such region' });
  if (body.validUntil !== undefined && body.validUntil < body.validFrom)
    errors.push({ path: 'validUntil', message: 'must not be before validFrom' });
  const seen = new Set<string>();
  body.municipalities.forEach((m, i) => {
    if (kindOf(m.organisationId) !== 'municipality')
      errors.push({ path: `municipalities[${i}].organisationId`, message: 'no such municipality' });
    else if (seen.has(m.organisationId))
      errors.push({ path: `municipalities[${i}].organisationId`, message: 'named twice' });
    seen.add(m.organisationId);
    if (body.municipalBasis === 'fixed' && m.percent === undefined)
      errors.push({ path: `municipalities[${i}].percent`, message: 'required for fixed shares' });
  });
  if (body.municipalBasis === 'fixed') {
    const sum = body.municipalities.reduce((s, m) => s + toHundredths(m.percent ?? 0), 0);
    if (sum !== 10_000)
      errors.push({
        path: 'municipalities',
        message: `the municipalities' percent must make exactly 100 (they make ${shown(sum)})`,
      });
  } else if (body.populationYear === undefined) {
    errors.push({ path: 'populationYear', message: 'required for a key by population' });
  }
  return errors;
}
