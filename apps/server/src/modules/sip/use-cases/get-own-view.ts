import { loadDetail, namesInPlans, sipQuery } from '../sip.context.ts';
import { ownView } from '../sip.text.ts';

/** The person's own view in plain Swedish, as data for a page. */
export const getOwnView = sipQuery('sip.own-view', async (ctx) => {
  const detail = await loadDetail(ctx);
  const names = await namesInPlans(ctx.trx, detail.plan);
  return { sipId: ctx.row.id, ...ownView(detail, names), generatedOn: ctx.today };
});
