import { DISCLOSURE_LEGAL_REFERENCE, type DisclosureGround } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';
import { timeOn } from './demo-sip-writer.ts';
import type { SeedSipContext } from './demo-sips.ts';

/**
 * care: disclosures on a legal ground (F2, decision 0014-c) — a report of concern taken in hand
 * by Exempelby, one still waiting on its worklist, and information to protect an unborn child
 * waiting on the region's — each logged with ground `legal-ground` on its day.
 */
export async function seedDemoDisclosures(trx: Db, ctx: SeedSipContext): Promise<void> {
  const unit = (name: string) => ctx.unitIds.get(name)!;
  const staff = (username: string) => ctx.staffIds.get(username)!;
  const org = (name: string) => ctx.organisationIds.get(name)!;
  const STORIES: {
    person: number;
    by: string;
    unit: string;
    to: string;
    ground: DisclosureGround;
    days: number;
    content: string;
    acknowledged?: { by: string; unit: string; days: number };
  }[] = [
    {
      person: 5,
      by: 'anna.lakare',
      unit: 'Beroendecentrum',
      to: 'Exempelby kommun',
      ground: 'child-at-risk-report',
      days: -12,
      content: 'Patienten berättar att två barn (5 och 9 år) bor i hemmet under pågående återfall.',
      acknowledged: { by: 'erik.socsek', unit: 'Socialtjänst Vuxen Exempelby', days: -11 },
    },
    {
      person: 11,
      by: 'vera.vardcentral',
      unit: 'Vårdcentral Centrum',
      to: 'Exempelby kommun',
      ground: 'child-at-risk-report',
      days: -1,
      content: 'Barn (3 år) följde med till besöket; förälder påverkad vid besöket.',
    },
    {
      person: 19,
      by: 'erik.socsek',
      unit: 'Socialtjänst Vuxen Exempelby',
      to: 'Region Exempel',
      ground: 'unborn-child-protection',
      days: -3,
      content:
        'Gravid i vecka 18 med pågående opioidbruk; behöver kontakt med specialistmödravården.',
    },
  ];
  for (const s of STORIES) {
    const personId = ctx.personIds[s.person]!;
    const from = unit(s.unit);
    const { id } = await trx
      .insertInto('disclosure')
      .values({
        person_id: personId,
        ground: s.ground,
        legal_reference: DISCLOSURE_LEGAL_REFERENCE[s.ground],
        recipient_organisation_id: org(s.to),
        content: s.content,
        disclosed_by: staff(s.by),
        disclosed_unit_id: from.id,
        disclosed_organisation_id: from.organisationId,
        disclosed_at: timeOn(s.days, '13:20'),
        acknowledged_by: s.acknowledged ? staff(s.acknowledged.by) : null,
        acknowledged_at: s.acknowledged ? timeOn(s.acknowledged.days, '08:40') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const detail = { disclosureId: id };
    await appendAccessLog(
      trx,
      { staffId: staff(s.by), unitId: from.id, organisationId: from.organisationId },
      [
        {
          personId,
          action: 'disclosure.create',
          ground: 'legal-ground',
          outcome: 'allowed',
          detail,
        },
      ],
      { at: timeOn(s.days, '13:20') },
    );
    if (s.acknowledged) {
      const to = unit(s.acknowledged.unit);
      await appendAccessLog(
        trx,
        { staffId: staff(s.acknowledged.by), unitId: to.id, organisationId: to.organisationId },
        [
          {
            personId,
            action: 'disclosure.acknowledge',
            ground: 'legal-ground',
            outcome: 'allowed',
            detail,
          },
        ],
        { at: timeOn(s.acknowledged.days, '08:40') },
      );
    }
  }
}
