import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** The demo county's care chains have cases in several states (issue 9, point 12). */
let t: TestApp;
let anna: TestClient;
let erik: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
});
afterAll(async () => t?.close());

const statuses = async (table: 'withdrawal_request' | 'placement' | 'lob_intake') =>
  (await t.db.selectFrom(table).select('status').execute()).map((r) => r.status).sort();

describe('demo care chains', () => {
  it('has withdrawal requests waiting, triaged, admitted and discharged, and a bed board', async () => {
    expect(new Set(await statuses('withdrawal_request'))).toEqual(
      new Set(['waiting', 'admitted', 'discharged']),
    );
    const queue = await anna.get('/api/withdrawal-requests');
    expect(queue.body.items.length).toBeGreaterThanOrEqual(3);
    // Seed 004's order: the urgent triaged request first, then social services' medically
    // motivated request with an active SIP before the older one without.
    expect(queue.body.items[0]).toMatchObject({ urgency: 'urgent' });
    const untriaged = queue.body.items.filter(
      (i: { urgency: string | null }) => i.urgency === null,
    );
    expect(untriaged[0]).toMatchObject({ prioritised: true });
    expect(untriaged.at(-1)).toMatchObject({ prioritised: false });
    const board = (await anna.get('/api/bed-board')).body.units[0];
    expect(board).toMatchObject({ unitName: 'Beroendecentrum', beds: 8, occupied: 1, free: 7 });
  });

  it('has placements ongoing, planned and ended, a medication change waiting on the LARO physician', async () => {
    expect(new Set(await statuses('placement'))).toEqual(new Set(['planned', 'ended']));
    const list = await anna.get('/api/worklist');
    const kinds = list.body.handOvers.map((i: { kind: string }) => i.kind);
    expect(kinds).toContain('medication-change-to-confirm');
    expect(kinds).toContain('withdrawal-request-waiting');
    expect(kinds).toContain('disclosure-to-acknowledge');
    expect(kinds).toContain('lob-intake-open');
  });

  it('has disclosures acknowledged and waiting, and LOB intakes sobering and handed over', async () => {
    const received = await erik.get('/api/disclosures');
    const acks = received.body.items.map(
      (d: { acknowledgedAt: string | null }) => d.acknowledgedAt !== null,
    );
    expect(new Set(acks)).toEqual(new Set([true, false]));
    expect(new Set(await statuses('lob_intake'))).toEqual(new Set(['sobering', 'handed-over']));
    const minutes = await t.db
      .selectFrom('lob_intake')
      .select('minutes_to_handover')
      .where('status', '=', 'handed-over')
      .execute();
    expect(minutes.every((m) => (m.minutes_to_handover ?? -1) > 0)).toBe(true);
  });
});
