import type { AuditAnswerLinks } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { newToken, withTeam } from '../user-led-audits.context.ts';
import { requireStatus } from '../user-led-audits.policy.ts';
import { insertAnswerLinks } from '../repositories/audit-response.repository.ts';

/** One-time answer links to hand out (as a link or a QR code): only their hashes are kept. */
export function makeAnswerLinks(db: Db, token: string, count: number): Promise<AuditAnswerLinks> {
  return withTeam(db, token, 'user-led-audit.answer-links', async ({ trx, row }) => {
    requireStatus(row.status, ['collecting']);
    const links = Array.from({ length: count }, () => newToken());
    await insertAnswerLinks(
      trx,
      row.id,
      links.map((l) => l.hash),
    );
    return { links: links.map((l) => ({ token: l.token, path: `/audit/${l.token}` })) };
  });
}
