import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@vardflata/domain';
import { computeIndicatorGrid } from '../../modules/indicators/use-cases/compute-grid.ts';
import { demoIds, startTestApp, type TestApp } from '../../test/harness.ts';
import { todayInStockholm } from '../../util/time.ts';

/** The demo county's visits and contacts (0020-c): every state, each act logged on its day. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
});
afterAll(async () => t?.close());

describe('demo contacts', () => {
  it('has held, booked, cancelled and no-show contacts, none held or missed ahead of its day', async () => {
    const today = todayInStockholm();
    const rows = await t.db.selectFrom('contact').selectAll().execute();
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['held', 'booked', 'cancelled', 'no-show']),
    );
    expect(rows.some((r) => r.status === 'booked' && r.contact_on > today)).toBe(true);
    expect(rows.some((r) => r.status === 'booked' && r.contact_on < today)).toBe(true);
    for (const r of rows.filter((x) => x.status === 'held' || x.status === 'no-show'))
      expect(r.contact_on <= today).toBe(true);
    // Every contact was recorded in the past and has its log row; every change too.
    const logged = await t.db
      .selectFrom('access_log')
      .select(['action', 'at'])
      .where('action', 'in', ['contact.create', 'contact.update', 'contact.cancel'])
      .execute();
    expect(logged.filter((l) => l.action === 'contact.create')).toHaveLength(rows.length);
    expect(logged.filter((l) => l.action !== 'contact.create')).toHaveLength(
      rows.filter((r) => r.changed_at !== null).length,
    );
    for (const l of logged) expect(new Date(l.at).getTime()).toBeLessThan(Date.now());
  });

  it('shows a unit’s contacts on the person page, a passed booking as awaiting its outcome and on the worklist', async () => {
    const anna = await t.signIn('anna.lakare');
    const awaiting = await t.db
      .selectFrom('contact')
      .select(['id', 'person_id', 'contact_on'])
      .where('status', '=', 'booked')
      .where('unit_id', '=', ids.beroendecentrum)
      .where('contact_on', '<', todayInStockholm())
      .executeTakeFirstOrThrow();
    const list = await anna.get(`/api/persons/${awaiting.person_id}/contacts`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'booked', awaitingOutcome: true }),
        expect.objectContaining({ status: 'held', unitName: 'Beroendecentrum' }),
      ]),
    );
    // Anna's unit booked it: it waits on her worklist for its outcome.
    const worklist = await anna.get('/api/worklist');
    expect(worklist.status).toBe(200);
    expect(worklist.body.handOvers).toContainEqual(
      expect.objectContaining({
        kind: 'contact-outcome-missing',
        recordId: awaiting.id,
        personId: awaiting.person_id,
        dueOn: awaiting.contact_on,
      }),
    );
  });

  it('gives the follow-up a figure for the held contacts at each unit that had them', async () => {
    const today = todayInStockholm();
    const grid = await computeIndicatorGrid(
      t.db,
      { from: addDays(today, -60), to: today },
      { includeTestData: t.config.includeTestData },
    );
    const value = (id: string) => {
      const v = grid.scopes
        .find((s) => s.id === id)!
        .indicators.find((i) => i.code === 'contacts')!;
      return v.suppressed ? 'hidden' : v.value;
    };
    expect(value(ids.beroendecentrum)).toBe(6);
    expect(value(ids.socExempelby)).toBe(6);
    expect(value(ids.socNorrby)).toBe(5);
    expect(value(ids.vardcentral)).toBe(0);
  });
});
