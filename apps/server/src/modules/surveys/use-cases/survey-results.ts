import { isSmallCount, SURVEY_KINDS, SURVEYS } from '@vardflata/domain';
import type { SurveyResults } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { surveyAggregates } from '../repositories/survey.repository.ts';

/** Results per kind and question under the small-count rule (1–4 responses: not shown). */
export async function surveyResults(
  db: Db,
  q: { from: string; to: string; unitId?: string | undefined },
): Promise<SurveyResults> {
  const rows = await surveyAggregates(db, q);
  return {
    from: q.from,
    to: q.to,
    unitId: q.unitId ?? null,
    items: SURVEY_KINDS.map((kind) => {
      const mine = rows.filter((r) => r.kind === kind);
      const responses = mine[0]?.responses ?? 0;
      const hidden = isSmallCount(responses);
      return {
        kind,
        responses: hidden ? null : responses,
        suppressed: hidden,
        questions: SURVEYS[kind].questions.map((_, i) => {
          const r = mine.find((x) => x.index === i + 1);
          const small = hidden || !r || isSmallCount(r.answered);
          return {
            index: i + 1,
            mean: small || !r || r.mean === null ? null : Math.round(r.mean * 100) / 100,
            answered: hidden || (r && isSmallCount(r.answered)) ? null : (r?.answered ?? 0),
          };
        }),
      };
    }),
  };
}
