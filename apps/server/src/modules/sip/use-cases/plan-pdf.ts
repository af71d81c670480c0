import { loadDetail, namesInPlans, sipQuery } from '../sip.context.ts';
import { renderOwnViewPdf, renderPlanPdf } from '../sip.pdf.ts';
import { ownView } from '../sip.text.ts';

type Audience = 'participants' | 'person';

/** The plan as PDF: in full for the participants, or the person's own view. */
export const planPdf = sipQuery(
  (audience: Audience) => (audience === 'person' ? 'sip.own-view-pdf' : 'sip.plan-pdf'),
  async (ctx, audience: Audience): Promise<Buffer> => {
    const detail = await loadDetail(ctx);
    const names = await namesInPlans(ctx.trx, detail.plan);
    if (audience === 'person') return renderOwnViewPdf(ownView(detail, names), ctx.today);
    return renderPlanPdf(detail, names, { by: ctx.caller.name, on: ctx.today });
  },
);
