import { AsyncLocalStorage } from 'node:async_hooks';

/** What the access log knows about the request it is written for. */
export interface RequestAuditState {
  /** A refused attempt of this request has been logged (and committed). */
  deniedLogged: boolean;
}

/**
 * The request each access-log write belongs to, so the general refusal log (refusals.ts) knows
 * whether a service already logged the refusal with its own action, without every service
 * having to pass the request down.
 */
export const requestAudit = new AsyncLocalStorage<RequestAuditState>();

export function noteDeniedLogged(): void {
  const state = requestAudit.getStore();
  if (state) state.deniedLogged = true;
}
