import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { DEMO_PASSWORD, seedDemoCounty } from '../../db/seed/demo-county.ts';
import { runDueJobs } from '../../jobs/runner.ts';
import { demoIds, TestClient } from '../../test/harness.ts';
import { recordConsent, registerPerson } from './sip.fixtures.ts';

/**
 * P6: jobs survive a restart. A real stop and start: the server is closed, the database handle
 * too, time moves on (passed in as `now`), and a new server on the same database runs what fell
 * due while it was down.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A database that outlives a server: a PGlite folder, or a fresh PostgreSQL database. */
async function durableDatabase() {
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `vardflata_restart_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      open: () => openDatabase({ databaseUrl: url.toString(), poolSize: 5 }),
      drop: async () => {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vf-restart-'));
  return {
    open: () => openDatabase({ dataDir: dir }),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

interface Server {
  app: FastifyInstance;
  handle: DatabaseHandle;
  signIn(username: string): Promise<TestClient>;
  stop(): Promise<void>;
}

async function startServer(open: () => Promise<DatabaseHandle>): Promise<Server> {
  const handle = await open();
  await migrateToLatest(handle.db);
  await seedDemoCounty(handle.db);
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' }),
    jobPollMilliseconds: 0,
  };
  const app = await buildApp({ config, db: handle.db });
  await app.ready();
  return {
    app,
    handle,
    async signIn(username) {
      const client = new TestClient(app);
      const res = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
      return client;
    },
    async stop() {
      await app.close();
      await handle.close();
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('reminders across a restart', () => {
  it('delivers reminders that fell due while the server was down, but never after the meeting', async () => {
    const database = await durableDatabase();
    cleanups.push(database.drop);

    // Before the stop: two SIPs with meetings booked; reminders are queued as rows.
    const before = await startServer(database.open);
    const ids = await demoIds(before.handle.db);
    const erik = await before.signIn('erik.socsek');
    const bookedAt = new Date();
    const soon = new Date(Math.ceil((bookedAt.getTime() + 3 * DAY) / 60_000) * 60_000);
    const later = new Date(soon.getTime() + 4 * DAY);
    const sips: string[] = [];
    for (const startsAt of [soon, later]) {
      const person = await registerPerson(erik);
      await recordConsent(erik, person.id, 'sip', [ids.region]);
      const sip = (await erik.post(`/api/persons/${person.id}/sips`, {})).body;
      const invited = await erik.post(`/api/sips/${sip.id}/invitation`, {
        meeting: { startsAt: startsAt.toISOString(), place: 'Storgatan 1' },
        participants: [{ kind: 'unit', unitId: ids.beroendecentrum }, { kind: 'person' }],
      });
      expect(invited.status).toBe(200);
      sips.push(sip.id);
    }
    const queued = await before.handle.db
      .selectFrom('job')
      .select(['kind', 'run_at', 'done_at'])
      .where('kind', '=', 'sip.invitation-reminder')
      .orderBy('run_at')
      .execute();
    expect(queued.map((j) => j.run_at.getTime())).toEqual([
      soon.getTime() - 2 * DAY,
      soon.getTime() - DAY,
      later.getTime() - 2 * DAY,
      later.getTime() - DAY,
    ]);
    await before.stop();

    // While the server is down the first SIP's reminders fall due; it comes back 12 hours
    // before that meeting. Both of its reminders are due: the latest one is delivered.
    const after = await startServer(database.open);
    cleanups.push(() => after.stop());
    const summary = await runDueJobs(after.handle.db, new Date(soon.getTime() - 12 * HOUR));
    expect(summary.failed).toBe(0);
    const anna = await after.signIn('anna.lakare');
    const notes = (await anna.get('/api/notifications?unread=true')).body.items.filter(
      (n: any) => n.kind === 'sip.meeting-reminder',
    );
    expect(notes).toEqual([
      expect.objectContaining({
        sipId: sips[0],
        title: 'Påminnelse: SIP-möte',
        person: expect.objectContaining({ givenName: 'Siv' }),
      }),
    ]);
    expect(notes[0].body).toContain('Storgatan 1');
    // An invited unit means its care staff: its unit manager gets no reminder.
    const maja = await after.signIn('maja.chef');
    expect(
      (await maja.get('/api/notifications')).body.items.filter(
        (n: any) => n.kind === 'sip.meeting-reminder',
      ),
    ).toEqual([]);

    // The second meeting has passed by the time the server runs again: no reminder at all.
    await runDueJobs(after.handle.db, new Date(later.getTime() + HOUR));
    const all = (await anna.get('/api/notifications')).body.items.filter(
      (n: any) => n.kind === 'sip.meeting-reminder',
    );
    expect(all.map((n: any) => n.sipId)).toEqual([sips[0]]);
    const open = await after.handle.db
      .selectFrom('job')
      .select('id')
      .where('kind', '=', 'sip.invitation-reminder')
      .where('done_at', 'is', null)
      .execute();
    expect(open).toEqual([]);
  });

  it('sends each reminder on time when the server is up, once, and not for a cancelled meeting', async () => {
    const database = await durableDatabase();
    cleanups.push(database.drop);
    const server = await startServer(database.open);
    cleanups.push(() => server.stop());
    const ids = await demoIds(server.handle.db);
    const erik = await server.signIn('erik.socsek');
    const anna = await server.signIn('anna.lakare');
    const startsAt = new Date(Date.now() + 5 * DAY);
    const person = await registerPerson(erik);
    const consentId = await recordConsent(erik, person.id, 'sip', [ids.region]);
    const sip = (await erik.post(`/api/persons/${person.id}/sips`, {})).body;
    await erik.post(`/api/sips/${sip.id}/invitation`, {
      meeting: { startsAt: startsAt.toISOString(), videoLink: 'https://video.example.se/m' },
      participants: [{ kind: 'staff', staffId: ids.user('anna.lakare') }],
    });
    const reminders = async () =>
      (await anna.get('/api/notifications')).body.items.filter(
        (n: any) => n.kind === 'sip.meeting-reminder',
      );

    await runDueJobs(server.handle.db, new Date(startsAt.getTime() - 2 * DAY));
    await runDueJobs(server.handle.db, new Date(startsAt.getTime() - 2 * DAY + HOUR));
    expect((await reminders()).map((n: any) => n.body)).toEqual([
      expect.stringContaining('via video'),
    ]);
    await runDueJobs(server.handle.db, new Date(startsAt.getTime() - DAY));
    expect(await reminders()).toHaveLength(2);

    // Rescheduled: the old meeting is cancelled and its reminders fall silent.
    const moved = new Date(startsAt.getTime() + 10 * DAY);
    await erik.post(`/api/sips/${sip.id}/invitation`, {
      meeting: { startsAt: moved.toISOString(), place: 'Rum 3' },
      participants: [],
    });
    // Frozen (consent revoked): no reminders for the new meeting either.
    await erik.post(`/api/consents/${consentId}/revoke`, {});
    await runDueJobs(server.handle.db, new Date(moved.getTime() - DAY));
    expect(await reminders()).toHaveLength(2);
    // Marking as read.
    const [first] = await reminders();
    const read = await anna.post(`/api/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect(read.body.person).toBeNull(); // the consent is gone: no name any more
    const erikTries = await erik.post(`/api/notifications/${first.id}/read`);
    expect(erikTries.status).toBe(404);
  });
});
