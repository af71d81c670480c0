import type { SipEvent } from '@vardflata/domain';
import type { SipCloseBody, SipReasonBody } from '@vardflata/contracts';
import { apply, sipCommand } from '../sip.context.ts';
import { saveEnding } from './ending.shared.ts';

type Ending =
  { type: 'close'; body: SipCloseBody } | { type: 'refuse' | 'withdraw'; body: SipReasonBody };

/** Ends the SIP: close (active, with an outcome), refuse (the person declined, with the reason)
 * or withdraw (the proposal is taken back). Ending never needs consent. */
export const end = sipCommand(
  (how: Ending) => `sip.${how.type}`,
  async (ctx, how: Ending) => {
    const on = how.body.on ? { on: how.body.on } : {};
    const event: SipEvent =
      how.type === 'close'
        ? { type: 'close', outcome: how.body.outcome, note: how.body.note ?? null, ...on }
        : { type: how.type, reason: how.body.reason, ...on };
    await saveEnding(ctx, apply(ctx, event));
  },
);
