import type { DeviationStatistics, FollowUp } from '@vardflata/contracts';
import { FOLLOW_UP_CHECKLIST } from '@vardflata/domain';
import { toIsoOrNull } from '../../util/time.ts';
import type * as followUps from './repositories/follow-up.repository.ts';

type Statements = Awaited<ReturnType<typeof followUps.listStatements>>;
type Actions = Awaited<ReturnType<typeof followUps.listActions>>;

export function toFollowUp(
  f: followUps.FollowUpRecord,
  statements: Statements,
  actions: Actions,
  extra: {
    deviations: DeviationStatistics;
    competence: FollowUp['competence'];
    mayEdit: boolean;
    today: string;
  },
): FollowUp {
  return {
    id: f.id,
    agreementId: f.agreement_id,
    agreementTitle: f.agreement_title,
    year: f.year,
    areas: FOLLOW_UP_CHECKLIST.map((area) => ({
      code: area.code,
      title: area.sv,
      statements: statements
        .filter((s) => s.area === area.code)
        .map((s) => ({
          id: s.id,
          code: s.code,
          text: s.text,
          assessment: s.assessment,
          comment: s.comment,
          assessedBy: s.assessed_by_name,
        })),
    })),
    deviations: extra.deviations,
    actions: actions.map((a) => ({
      id: a.id,
      level: a.level,
      text: a.text,
      owner: a.owner,
      deadline: a.deadline,
      status: a.status,
      followUpNote: a.follow_up_note,
      followedUpAt: toIsoOrNull(a.followed_up_at),
      overdue: a.status === 'open' && a.deadline < extra.today,
    })),
    competence: extra.competence,
    mayEdit: extra.mayEdit,
  };
}
