import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import { format } from 'sql-formatter';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../access/caller.ts';
import * as consents from '../modules/consents/consents.repository.ts';
import * as notifications from '../modules/notifications/notifications.repository.ts';
import * as persons from '../modules/persons/persons.repository.ts';
import * as screenings from '../modules/screenings/screenings.repository.ts';
import * as meetings from '../modules/sip/repositories/sip-meeting.repository.ts';
import * as participants from '../modules/sip/repositories/sip-participant.repository.ts';
import * as versions from '../modules/sip/repositories/sip-plan-version.repository.ts';
import * as sips from '../modules/sip/repositories/sip.repository.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/**
 * The hot queries as SQL, checked in beside the code (as Immich does): each is compiled by
 * Kysely from the repository function itself, with no database, and compared with its file in
 * `queries/`. A change to a query changes the file, so it shows in review. After a deliberate
 * change, write the files anew with `npx vitest run apps/server/src/db/queries.test.ts -u`.
 */

/** A driver that answers every query with no rows and keeps what it was asked. */
class RecordingDriver implements Driver {
  readonly queries: CompiledQuery[] = [];
  async init() {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async (query) => {
        this.queries.push(query);
        return { rows: [] };
      },
      // eslint-disable-next-line require-yield
      streamQuery: async function* () {
        throw new Error('not recorded');
      },
    };
  }
  async beginTransaction() {}
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

const ID = '00000000-0000-4000-8000-00000000000';
const caller: Caller = {
  staffId: `${ID}1`,
  username: 'erik.socsek',
  name: 'Erik Socialsekreterare',
  role: 'social-worker',
  unitId: `${ID}2`,
  unitName: 'Socialtjänst Vuxen Exempelby',
  organisationId: `${ID}3`,
  organisationName: 'Exempelby kommun',
  organisationKind: 'municipality',
  mayViewProtectedIdentity: false,
  secondFactorEnabled: false,
  sessionId: `${ID}4`,
  csrfToken: 'csrf',
};
const PERSON = `${ID}5`;
const SIP = `${ID}6`;

/** The SQL each call sends, formatted for reading; a call that wants a row may throw. */
async function compiled(calls: Record<string, (db: Db) => Promise<unknown>>): Promise<string> {
  const parts: string[] = [];
  for (const [name, call] of Object.entries(calls)) {
    const driver = new RecordingDriver();
    const db = new Kysely<Database>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => driver,
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    await call(db).catch(() => undefined);
    for (const query of driver.queries) {
      parts.push(
        `-- ${name}\n${format(query.sql, { language: 'postgresql', paramTypes: { numbered: ['$'] } })};\n`,
      );
    }
  }
  return parts.join('\n');
}

describe('the hot queries', () => {
  it.each([
    [
      'sip.repository',
      {
        findVisibleSip: (db: Db) => sips.findVisibleSip(db, caller, SIP),
        'listVisibleSips (mine, open)': (db: Db) =>
          sips.listVisibleSips(db, caller, { scope: 'mine', openOnly: true }),
        'listVisibleSips (unit)': (db: Db) => sips.listVisibleSips(db, caller, { scope: 'unit' }),
        listOpenSipsForJobs: (db: Db) => sips.listOpenSipsForJobs(db),
        lockSip: (db: Db) => sips.lockSip(db, SIP),
      },
    ],
    [
      'sip-participant.repository',
      {
        listParticipants: (db: Db) => participants.listParticipants(db, SIP),
        listPendingInvitations: (db: Db) => participants.listPendingInvitations(db, [SIP]),
      },
    ],
    [
      'sip-meeting.repository',
      {
        listMeetings: (db: Db) => meetings.listMeetings(db, SIP),
        listScheduledMeetings: (db: Db) => meetings.listScheduledMeetings(db, [SIP]),
      },
    ],
    ['sip-plan-version.repository', { findVersion: (db: Db) => versions.findVersion(db, SIP, 2) }],
    [
      'consents.repository',
      {
        listVisibleConsents: (db: Db) => consents.listVisibleConsents(db, caller, PERSON),
        listSipConsentsCovering: (db: Db) =>
          consents.listSipConsentsCovering(db, PERSON, caller.organisationId!),
        listUnrevokedSipConsentsOfSips: (db: Db) =>
          consents.listUnrevokedSipConsentsOfSips(db, [SIP]),
      },
    ],
    [
      'persons.repository',
      {
        readVisiblePersonLogged: (db: Db) => persons.readVisiblePersonLogged(db, caller, PERSON),
        searchVisiblePersons: (db: Db) =>
          persons.searchVisiblePersons(db, caller, { nameWords: ['siv'] }),
      },
    ],
    [
      'screenings.repository',
      { visibleScreenings: (db: Db) => screenings.visibleScreenings(db, caller, PERSON) },
    ],
    [
      'notifications.repository',
      {
        listForCaller: (db: Db) => notifications.listForCaller(db, caller, { limit: 50 }),
      },
    ],
  ] as const)('%s matches queries/%s.sql', async (name, calls) => {
    await expect(await compiled(calls)).toMatchFileSnapshot(`./queries/${name}.sql`);
  });
});
