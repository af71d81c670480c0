import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-access-log.ts';
import * as m0003 from './0003-sip.ts';
import * as m0004 from './0004-screenings.ts';
import * as m0005 from './0005-access-log-in-one-statement.ts';
// sipsrv: SIP meetings and answers
import * as m0009 from './0009-sip-meetings-and-answers.ts';
// Truth on screen (log review records, self-fill lock)
import * as m0010a from './0010-a-log-review.ts';
import * as m0010b from './0010-b-self-fill.ts';
// access: registration ground, organisation emergency reviewer
import * as m0012a from './0012-a-registration-ground.ts';
// followup: research extracts (F11)
import * as m0014a from './0014-a-research-extract.ts';
// platform: name search (pg_trgm + unaccent)
import * as m0017a from './0017-a-name-search.ts';
import * as m0017b from './0017-b-oidc.ts';
import * as m0017c from './0017-c-retention.ts';

/** Forward-only migrations, in order. Add new ones at the end; never edit a released one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-access-log': m0002,
  '0003-sip': m0003,
  '0004-screenings': m0004,
  '0005-access-log-in-one-statement': m0005,
  // sipsrv: SIP meetings and answers
  '0009-sip-meetings-and-answers': m0009,
  // Truth on screen
  '0010-a-log-review': m0010a,
  '0010-b-self-fill': m0010b,
  // access: registration ground, organisation emergency reviewer
  '0012-a-registration-ground': m0012a,
  // followup: research extracts (F11)
  '0014-a-research-extract': m0014a,
  // platform: name search
  '0017-a-name-search': m0017a,
  '0017-b-oidc': m0017b,
  '0017-c-retention': m0017c,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
