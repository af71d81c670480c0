import type { AuditAnswer, AuditQuestion } from '@vardflata/domain';
import type { Db } from '../database.ts';
import { hashToken } from '../../modules/user-led-audits/user-led-audits.context.ts';
import {
  insertAnswerLinks,
  insertResponse,
} from '../../modules/user-led-audits/repositories/audit-response.repository.ts';
import {
  insertAudit,
  insertAuditor,
  moveAudit,
  saveQuestions,
  saveReport,
} from '../../modules/user-led-audits/repositories/user-led-audit.repository.ts';
import { dayFrom, timeOn } from './demo-sip-writer.ts';

/**
 * audits: user-led audits (brukarrevision, decision 0019-c) in the demo county, one per state a
 * newcomer should meet: a draft at Norrby, collection under way at Exempelby (three answers: the
 * count is shown to the team, the results would be hidden), a report published to Vårdcentral
 * Centrum waiting for its answer, and a report at Beroendecentrum that Maja has answered.
 *
 * The demo team links are fixed and written in the decision record, so a newcomer can open the
 * team's pages (they work only in the demo county: real links are random and kept as hashes).
 */
export const DEMO_TEAM_LINKS = {
  draft: 'demo-brukarrevision-norrby-utkast',
  collecting: 'demo-brukarrevision-exempelby-insamling',
  published: 'demo-brukarrevision-vardcentral-publicerad',
  answered: 'demo-brukarrevision-beroendecentrum-besvarad',
} as const;
/** One unused answer link at Exempelby, so the phone page can be tried. */
export const DEMO_ANSWER_LINK = 'demo-brukarrevision-exempelby-svar-1';

const QUESTIONS: AuditQuestion[] = [
  {
    kind: 'scale',
    text: 'Hur väl blev du bemött första gången du kom hit? (1 = mycket dåligt, 5 = mycket bra)',
  },
  { kind: 'yes-no', text: 'Fick du vara med och bestämma om din planering?' },
  { kind: 'yes-no', text: 'Visste du vem du skulle vända dig till mellan besöken?' },
  { kind: 'free-text', text: 'Vad skulle göra störst skillnad för dig här?' },
];
const TEXTS = [
  'Kortare väntan i telefon',
  'Samma kontaktperson hela tiden',
  'Att någon ringer tillbaka när de lovat',
  'Mer tid vid besöken',
  'Information på lätt svenska',
  'Att få träffa någon med egen erfarenhet',
  'Kvällstider',
  'Bättre samarbete med socialtjänsten',
];
/** Fixed answers: response i of n. */
const answer = (i: number): AuditAnswer[] => [
  2 + (i % 4),
  i % 3 !== 0,
  i % 4 === 0 ? null : i % 2 === 0,
  TEXTS[i % TEXTS.length]!,
];

export async function seedDemoUserLedAudits(
  trx: Db,
  ctx: {
    unitIds: Map<string, { id: string; organisationId: string }>;
    staffIds: Map<string, string>;
  },
): Promise<void> {
  const staff = (u: string) => ctx.staffIds.get(u)!;
  const audit = async (
    unitName: string,
    by: string,
    title: string,
    daysBack: number,
    teamLink: string,
    auditorName: string,
  ) => {
    const unit = ctx.unitIds.get(unitName)!;
    const id = await insertAudit(trx, {
      title,
      unitId: unit.id,
      organisationId: unit.organisationId,
      periodFrom: dayFrom(-daysBack - 60),
      periodTo: dayFrom(-daysBack + 30),
      userOrganisation: 'Brukarföreningen Exempel',
      commissionedBy: staff(by),
      at: timeOn(-daysBack, '10:00'),
    });
    await insertAuditor(trx, {
      auditId: id,
      name: auditorName,
      tokenHash: hashToken(teamLink),
      invitedBy: staff(by),
      at: timeOn(-daysBack, '10:05'),
    });
    return id;
  };
  const respond = async (id: string, n: number, paper: number) => {
    for (let i = 0; i < n; i++)
      await insertResponse(trx, {
        auditId: id,
        source: i < paper ? 'paper' : 'link',
        answers: answer(i),
      });
  };

  // Draft: the team is still writing its questions.
  const draft = await audit(
    'Socialtjänst Vuxen Norrby',
    'olle.analytiker',
    'Tillgänglighet och kontakt i Norrby',
    5,
    DEMO_TEAM_LINKS.draft,
    'Kim Brukarrevisor',
  );
  await saveQuestions(trx, draft, QUESTIONS.slice(0, 2));

  // Collecting, with three answers so far (two from paper interviews).
  const collecting = await audit(
    'Socialtjänst Vuxen Exempelby',
    'sara.samordnare',
    'Delaktighet i planeringen, Exempelby',
    20,
    DEMO_TEAM_LINKS.collecting,
    'Robin Brukarrevisor',
  );
  await saveQuestions(trx, collecting, QUESTIONS);
  await moveAudit(trx, collecting, 'draft', 'collecting');
  await respond(collecting, 3, 2);
  await insertAnswerLinks(trx, collecting, [hashToken(DEMO_ANSWER_LINK)]);

  // Published to Vårdcentral Centrum, waiting for the unit's answer.
  const published = await audit(
    'Vårdcentral Centrum',
    'maja.chef',
    'Bemötande av personer med beroende på vårdcentralen',
    75,
    DEMO_TEAM_LINKS.published,
    'Sam Brukarrevisor',
  );
  await saveQuestions(trx, published, QUESTIONS);
  await moveAudit(trx, published, 'draft', 'collecting');
  await respond(published, 7, 3);
  await moveAudit(trx, published, 'collecting', 'compiling');
  await saveReport(trx, published, {
    findings:
      'De flesta kände sig väl bemötta, men många visste inte vem de skulle vända sig till mellan besöken.',
    recommendations: 'Ge varje patient ett namn och ett nummer att ringa mellan besöken.',
  });
  await moveAudit(trx, published, 'compiling', 'published', { published_at: timeOn(-3, '14:00') });

  // Published and answered by Maja at Beroendecentrum.
  const answered = await audit(
    'Beroendecentrum',
    'maja.chef',
    'Brukarrevision av Beroendecentrums mottagning',
    140,
    DEMO_TEAM_LINKS.answered,
    'Alex Brukarrevisor',
  );
  await saveQuestions(trx, answered, QUESTIONS);
  await moveAudit(trx, answered, 'draft', 'collecting');
  await respond(answered, 12, 4);
  await moveAudit(trx, answered, 'collecting', 'compiling');
  await saveReport(trx, answered, {
    findings:
      'Bemötandet får höga betyg. Flera saknar kvällstider och vill träffa någon med egen erfarenhet.',
    recommendations:
      'Pröva kvällsmottagning en dag i veckan och knyt en peer-stödjare till mottagningen.',
  });
  await moveAudit(trx, answered, 'compiling', 'published', { published_at: timeOn(-40, '13:00') });
  await moveAudit(trx, answered, 'published', 'answered', {
    planned_actions:
      'Kvällsmottagning på torsdagar från nästa kvartal. Vi anställer en peer-stödjare i samarbete med brukarföreningen.',
    responded_by: staff('maja.chef'),
    responded_at: timeOn(-30, '09:30'),
  });
}
