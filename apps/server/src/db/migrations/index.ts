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
// gov: governance and support
import * as m0015a from './0015-a-deviations-and-bodies.ts';
import * as m0015b from './0015-b-disputes.ts';
import * as m0015c from './0015-c-agreements.ts';
import * as m0015d from './0015-d-public-services.ts';
// platform: name search (pg_trgm + unaccent)
import * as m0017a from './0017-a-name-search.ts';
import * as m0017b from './0017-b-oidc.ts';
import * as m0017c from './0017-c-retention.ts';
// care: care chains (withdrawal beds, placements, disclosures, LOB)
import * as m0013a from './0013-a-withdrawal-requests.ts';
import * as m0013b from './0013-b-placements.ts';
import * as m0013c from './0013-c-disclosures.ts';
import * as m0013d from './0013-d-lob-intakes.ts';
// carecircle: care chains (issue 9, records half)
import * as m0016a from './0016-a-interventions.ts';
import * as m0016b from './0016-b-referrals.ts';
import * as m0016c from './0016-c-circle.ts';
import * as m0016d from './0016-d-case-management.ts';
// auth: two-person rule and sign-in throttling
import * as m0011a from './0011-a-two-person-rule.ts';
// followup: client surveys (F10)
import * as m0014b from './0014-b-surveys.ts';
// gov: bodies' meetings and competence
import * as m0015e from './0015-e-body-meetings.ts';
// audits: user-led audits (brukarrevision)
import * as m0019c from './0019-c-user-led-audits.ts';
import * as m0015f from './0015-f-competence.ts';
import * as m0019h from './0019-h-integrated-receptions.ts';
import * as m0019i from './0019-i-name-key-column.ts';
import * as m0019b from './0019-b-reserve-numbers.ts';
import * as m0019e from './0019-e-joint-financing.ts';
// carecircle: the LVM/LVU process checklist
import * as m0019a from './0019-a-coercive-care.ts';
// contacts: visits and contacts (0020-c)
import * as m0020c from './0020-c-contacts.ts';
import * as m0020p from './0020-p-preferred-chain.ts';
import * as m0020q from './0020-q-contacts-awaiting-outcome.ts';
// follow-up: test persons' records leave the production figures (0020-d)
import * as m0020d from './0020-d-test-person-records.ts';

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
  // gov: governance and support
  '0015-a-deviations-and-bodies': m0015a,
  '0015-b-disputes': m0015b,
  '0015-c-agreements': m0015c,
  '0015-d-public-services': m0015d,
  // platform: name search
  '0017-a-name-search': m0017a,
  '0017-b-oidc': m0017b,
  '0017-c-retention': m0017c,
  // care: care chains
  '0013-a-withdrawal-requests': m0013a,
  '0013-b-placements': m0013b,
  '0013-c-disclosures': m0013c,
  '0013-d-lob-intakes': m0013d,
  // carecircle: care chains
  '0016-a-interventions': m0016a,
  '0016-b-referrals': m0016b,
  '0016-c-circle': m0016c,
  '0016-d-case-management': m0016d,
  // auth: two-person rule and sign-in throttling
  '0011-a-two-person-rule': m0011a,
  // followup: client surveys (F10)
  '0014-b-surveys': m0014b,
  // gov: bodies' meetings and competence
  '0015-e-body-meetings': m0015e,
  '0015-f-competence': m0015f,
  // lead: integrated receptions (seed 003)
  '0019-h-integrated-receptions': m0019h,
  // lead: the folded name key stored, so the trigram recheck is cheap
  '0019-i-name-key-column': m0019i,
  // audits: user-led audits (brukarrevision)
  '0019-c-user-led-audits': m0019c,
  // identity: reserve numbers and merging a reserve identity into the real person
  '0019-b-reserve-numbers': m0019b,
  // gov: joint financing (F18)
  '0019-e-joint-financing': m0019e,
  // carecircle: the LVM/LVU process checklist (lathund)
  '0019-a-coercive-care': m0019a,
  // contacts: visits and contacts, counted by the follow-up (0020-c)
  '0020-c-contacts': m0020c,
  // lead: the access log's chain head looked up by key first (0003, amended)
  '0020-p-preferred-chain': m0020p,
  // contacts: booked contacts by unit and day, for the worklist's reminders (0020-c)
  '0020-q-contacts-awaiting-outcome': m0020q,
  // follow-up: test persons' records leave the production figures (0020-d)
  '0020-d-test-person-records': m0020d,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
