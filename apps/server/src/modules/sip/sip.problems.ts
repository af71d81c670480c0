import {
  SIP_STATUS_LABELS,
  type MissingCode,
  type RefusalReason,
  type SipStatus,
  type TransitionRefused,
} from '@vardflata/domain';
import { HttpProblem, type FieldError } from '../../http/problem.ts';

/**
 * Problem details of the SIP routes. Beside the standard fields they carry `reason`, the
 * domain's refusal code, so a UI can react without parsing text, and for a stale edit the
 * saved version and a merge suggestion.
 */
export class SipProblem extends HttpProblem {
  constructor(
    status: number,
    detail: string,
    readonly reason: string,
    extra: { errors?: FieldError[]; missing?: string[] } = {},
    readonly more: Record<string, unknown> = {},
  ) {
    super(status, detail, extra);
  }

  override toBody() {
    return { ...super.toBody(), reason: this.reason, ...this.more };
  }
}

/** The status in Swedish, as a word inside a sentence. */
const statusSv = (status: SipStatus) => SIP_STATUS_LABELS[status].sv.toLowerCase();

/** The status code and text of a refusal by the domain's state machine. */
export function refusalProblem(refusal: TransitionRefused, status: SipStatus): SipProblem {
  const reason: RefusalReason = refusal.reason;
  switch (reason) {
    case 'not-allowed-from-status':
      return new SipProblem(
        409,
        `Not possible while the SIP is ${status} (${statusSv(status)}).`,
        reason,
      );
    case 'frozen':
      return frozenProblem();
    case 'not-frozen':
      return new SipProblem(409, 'The SIP is not frozen.', reason);
    case 'consent-required':
      return new SipProblem(
        422,
        'There is no valid consent with purpose sip for this SIP.',
        reason,
        { missing: ['consent'] },
      );
    case 'plan-incomplete':
      return incompleteProblem(refusal.missing ?? []);
    case 'plan-invalid':
      return new SipProblem(400, 'The plan has invalid fields.', reason, {
        errors: (refusal.errors ?? []).map((e) => ({ ...e, path: `plan.${e.path}` })),
      });
    case 'stale-version':
      return new SipProblem(409, 'The plan has changed since your version.', reason);
    case 'follow-up-invalid':
      return new SipProblem(422, 'The follow-up does not evaluate the plan fully.', reason, {
        errors: refusal.errors ?? [],
      });
    case 'reason-required':
      return new SipProblem(400, 'State the reason.', reason, {
        errors: [{ path: 'reason', message: 'required' }],
      });
    case 'outcome-required':
      return new SipProblem(400, 'State the outcome.', reason, {
        errors: [{ path: 'outcome', message: 'required' }],
      });
    case 'invalid-date':
      return new SipProblem(400, 'The date is not possible.', reason, {
        errors: refusal.errors ?? [],
      });
  }
}

export function incompleteProblem(missing: readonly MissingCode[]): SipProblem {
  return new SipProblem(
    422,
    `The plan is not complete: ${missing.join(', ')}.`,
    'plan-incomplete',
    { missing: [...missing] },
  );
}

export const frozenProblem = () =>
  new SipProblem(
    409,
    'The SIP is frozen: the person has revoked the consent (or it has run out). Record a new ' +
      'consent with purpose sip to continue, or end the SIP.',
    'frozen',
  );

export const endedProblem = (status: SipStatus) =>
  new SipProblem(409, `The SIP is ${status} (${statusSv(status)}).`, 'not-allowed-from-status');
