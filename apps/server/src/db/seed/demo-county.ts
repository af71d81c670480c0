import type { Role } from '@vardflata/contracts';
import { hashPassword } from '../../auth/password.ts';
import type { Db } from '../database.ts';
import { seedDemoPersons } from './demo-persons.ts';
// access: emergency accesses waiting for review and reviewed
import { seedDemoEmergencyAccess } from './demo-emergency-access.ts';
import { seedDemoSips } from './demo-sips.ts';
// gov: governance and support
import { seedDemoGovernance } from './demo-governance.ts';
// care: care chains
import { seedDemoCareChains } from './demo-care-chains.ts';
// carecircle:
import {
  seedDemoCareChain,
  seedDemoCases,
  seedDemoCircle,
  seedDemoReferrals,
} from './demo-care-chain.ts';
import { seedDemoCoerciveCare } from './demo-coercive-care.ts';
// followup: answered client surveys
import { seedDemoSurveys } from './demo-surveys.ts';
import { seedDemoIntegratedReception } from './demo-integrated-reception.ts';
// audits: user-led audits (brukarrevision)
import { seedDemoUserLedAudits } from './demo-user-led-audits.ts';
import { seedDemoIdentity } from './demo-identity.ts';
import { seedDemoJointFinancing } from './demo-joint-financing.ts';
import { seedDemoCareChainFigures } from './demo-care-chain-figures.ts';
import { seedDemoContacts } from './demo-contacts.ts';

export const DEMO_PASSWORD = 'vardflata-demo';

const ORGANISATIONS = [
  {
    name: 'Region Exempel',
    kind: 'region',
    units: ['Beroendecentrum', 'Vårdcentral Centrum', 'Psykiatrimottagning'],
  },
  { name: 'Exempelby kommun', kind: 'municipality', units: ['Socialtjänst Vuxen Exempelby'] },
  { name: 'Norrby kommun', kind: 'municipality', units: ['Socialtjänst Vuxen Norrby'] },
  { name: 'HVB Solgården', kind: 'private-provider', units: ['Solgården behandlingshem'] },
] as const;

const ACCOUNTS: {
  username: string;
  name: string;
  role: Role;
  unit?: string;
  organisation?: string;
}[] = [
  { username: 'anna.lakare', name: 'Anna Läkare', role: 'physician', unit: 'Beroendecentrum' },
  {
    username: 'vera.vardcentral',
    name: 'Vera Vårdcentral',
    role: 'physician',
    unit: 'Vårdcentral Centrum',
  },
  {
    username: 'erik.socsek',
    name: 'Erik Socialsekreterare',
    role: 'social-worker',
    unit: 'Socialtjänst Vuxen Exempelby',
  },
  {
    username: 'nora.socsek',
    name: 'Nora Socialsekreterare',
    role: 'social-worker',
    unit: 'Socialtjänst Vuxen Norrby',
  },
  {
    username: 'sara.samordnare',
    name: 'Sara Samordnare',
    role: 'coordinator',
    unit: 'Socialtjänst Vuxen Exempelby',
  },
  {
    username: 'maja.chef',
    name: 'Maja Verksamhetschef',
    role: 'unit-manager',
    unit: 'Beroendecentrum',
  },
  {
    username: 'olle.analytiker',
    name: 'Olle Analytiker',
    role: 'analyst',
    organisation: 'Region Exempel',
  },
  { username: 'admin', name: 'Administratör', role: 'administrator' },
  // auth: the second administrator, so the two-person rule can be used in the demo county.
  { username: 'adam.admin', name: 'Adam Administratör', role: 'administrator' },
];

/**
 * The demo county of api.md. Runs once: it does nothing when any organisation exists, and it
 * writes everything in one transaction, so a crash leaves either all of it or none.
 */
export async function seedDemoCounty(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
    if (existing) return false;

    const unitIds = new Map<string, { id: string; organisationId: string }>();
    const organisationIds = new Map<string, string>();
    for (const o of ORGANISATIONS) {
      const { id } = await trx
        .insertInto('organisation')
        .values({ name: o.name, kind: o.kind })
        .returning('id')
        .executeTakeFirstOrThrow();
      organisationIds.set(o.name, id);
      for (const unitName of o.units) {
        const unit = await trx
          .insertInto('unit')
          .values({ organisation_id: id, name: unitName })
          .returning('id')
          .executeTakeFirstOrThrow();
        unitIds.set(unitName, { id: unit.id, organisationId: id });
      }
    }
    const staffIds = new Map<string, string>();
    for (const a of ACCOUNTS) {
      const unit = a.unit ? unitIds.get(a.unit)! : null;
      const { id } = await trx
        .insertInto('staff')
        .values({
          username: a.username,
          name: a.name,
          role: a.role,
          unit_id: unit?.id ?? null,
          organisation_id:
            unit?.organisationId ?? (a.organisation ? organisationIds.get(a.organisation)! : null),
          password_hash: passwordHash,
          is_demo: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      staffIds.set(a.username, id);
    }
    // auth: a new nurse proposed by admin two days ago, waiting for adam.admin's approval; at
    // her first sign-in she will choose her own password and enrol a second factor.
    const vardcentral = unitIds.get('Vårdcentral Centrum')!;
    await trx
      .insertInto('staff')
      .values({
        username: 'nina.nyanstalld',
        name: 'Nina Nyanställd',
        role: 'nurse',
        unit_id: vardcentral.id,
        organisation_id: vardcentral.organisationId,
        password_hash: passwordHash,
        is_demo: true,
        must_change_password: true,
        must_enrol_second_factor: true,
        proposal: 'account',
        proposed_by: staffIds.get('admin')!,
        proposed_at: new Date(Date.now() - 2 * 86_400_000),
      })
      .execute();
    const personIds = await seedDemoPersons(trx, { unitIds, organisationIds, staffIds });
    // SIPs in every state of the life cycle, with the history each state implies.
    await seedDemoSips(trx, { unitIds, organisationIds, staffIds, personIds });
    // access: emergency access in two states (decision 0013)
    await seedDemoEmergencyAccess(trx, { unitIds, staffIds });
    // gov: collaboration bodies, deviations, disputes, agreements, the service directory
    await seedDemoGovernance(trx, { unitIds, organisationIds, staffIds });
    // platform: each demo account's identifier at the county's identity provider (HSA-id form),
    // so a local OpenID Connect provider can sign them in (OIDC_STAFF_CLAIM names the claim).
    for (const [index, a] of ACCOUNTS.entries()) {
      await trx
        .updateTable('staff')
        .set({ external_id: `SE2321000016-D${String(index + 1).padStart(3, '0')}` })
        .where('id', '=', staffIds.get(a.username)!)
        .execute();
    }
    // care: withdrawal beds, placements, disclosures and LOB intakes in several states
    await seedDemoCareChains(trx, { unitIds, organisationIds, staffIds, personIds });
    // gov: joint financing — keys, daily rates of the placements, a settled and an open period
    await seedDemoJointFinancing(trx, { unitIds, organisationIds, staffIds, personIds });
    // carecircle: care chains (interventions, referrals, the circle, case management, LVM/LVU)
    await seedDemoCareChain(trx, { unitIds, staffIds, personIds });
    await seedDemoReferrals(trx, { unitIds, staffIds, personIds });
    await seedDemoCircle(trx, { unitIds, staffIds, personIds });
    await seedDemoCases(trx, { unitIds, staffIds, personIds });
    // carecircle: the LVM/LVU checklist (0019-a)
    await seedDemoCoerciveCare(trx, { unitIds, staffIds, personIds });
    // followup: finished care-chain records, so the care-chain indicators show figures
    await seedDemoCareChainFigures(trx, { unitIds, staffIds, personIds });
    // contacts: visits and contacts in every state (0020-c)
    await seedDemoContacts(trx, { unitIds, staffIds, personIds });
    // followup: answered client surveys (F10)
    await seedDemoSurveys(trx, { unitIds });
    // lead: the integrated reception (seed 003)
    await seedDemoIntegratedReception(trx, { unitIds });
    // audits: user-led audits in four states (decision 0019-c)
    await seedDemoUserLedAudits(trx, { unitIds, staffIds });
    // identity: a reserve-number person with records, and one already merged (0019-b)
    await seedDemoIdentity(trx, { unitIds, organisationIds, staffIds, personIds });
    return true;
  });
}
