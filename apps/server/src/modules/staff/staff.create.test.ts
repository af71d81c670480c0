import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@vardflata/contracts';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/**
 * Administration of accounts (P1): placement by role, validation, sessions ended by changes
 * that alter what an account may do, and an access-log row for every administrative write.
 */
const PASSWORD = 'ett-långt-lösenord';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let admin: TestClient;
/** The second administrator, who approves what `admin` proposes (two-person rule). */
let adam: TestClient;
let serial = 0;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  admin = await t.signIn('admin');
  adam = await t.signIn('adam.admin');
});
afterAll(async () => t?.close());

/** A user name not used before in this file. */
const fresh = (stem: string) => `${stem}.${++serial}`;

/** The administration rows of the access log for an action, oldest first. */
async function adminRows(action: string) {
  const rows = await t.db
    .selectFrom('access_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, detail: r.detail === null ? null : JSON.parse(r.detail) }));
}

/** Expects exactly one new administration row by the admin about this account. */
async function expectLogged(action: string, staffId: string) {
  const rows = (await adminRows(action)).filter((r) => r.detail?.staffId === staffId);
  expect(rows).toEqual([
    expect.objectContaining({
      user_id: ids.user('admin'),
      unit_id: null,
      organisation_id: null,
      person_id: null,
      ground: 'administration',
      outcome: 'allowed',
      detail: { staffId },
    }),
  ]);
}

/**
 * Settles what the two-person rule and the first sign-in ask of a new account (tested in
 * two-person-rule.test.ts): adam.admin approves, and the holder counts as set up, so these tests
 * can sign in with PASSWORD and look at placement alone.
 */
async function settle(staffId: string) {
  const row = await t.db
    .selectFrom('staff')
    .select('proposal')
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  if (row.proposal) expect((await adam.post(`/api/staff/${staffId}/approve`)).status).toBe(200);
  await t.db
    .updateTable('staff')
    .set({ must_change_password: false, must_enrol_second_factor: false })
    .where('id', '=', staffId)
    .execute();
}

async function createStaff(body: Record<string, unknown>) {
  const res = await admin.post('/api/staff', {
    name: 'Testa Testsson',
    password: PASSWORD,
    ...body,
  });
  if (res.status === 201) await settle(res.body.id);
  return res;
}

describe('POST /api/staff', () => {
  it('creates a unit-role account at the unit and its organisation, and logs it', async () => {
    const res = await admin.post('/api/staff', {
      username: '  Karin.Kurator ',
      name: 'Karin Kurator',
      role: 'social-worker',
      unitId: ids.socExempelby,
      password: PASSWORD,
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      username: 'karin.kurator',
      name: 'Karin Kurator',
      role: 'social-worker',
      unitId: ids.socExempelby,
      organisationId: ids.exempelby,
      mayViewProtectedIdentity: false,
      secondFactorEnabled: false,
      disabled: false,
      demo: false,
      // A social worker sees person data: a second administrator approves (two-person rule).
      proposal: {
        kind: 'account',
        proposedBy: ids.user('admin'),
        proposedAt: expect.any(String),
        role: null,
        unitId: null,
        organisationId: null,
      },
      mustChangePassword: true,
      signInLocked: false,
    });
    await settle(res.body.id);
    const row = await t.db
      .selectFrom('staff')
      .select(['username', 'password_hash'])
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(row.username).toBe('karin.kurator');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    await expectLogged('staff.create', res.body.id);

    // The new account signs in (in any letter case) and works at its unit.
    const karin = await t.signIn('KARIN.kurator', PASSWORD);
    const me = await karin.get('/api/me');
    expect(me.body).toMatchObject({
      id: res.body.id,
      name: 'Karin Kurator',
      roles: ['social-worker'],
      unit: { id: ids.socExempelby, name: 'Socialtjänst Vuxen Exempelby' },
      organisation: { id: ids.exempelby, name: 'Exempelby kommun', kind: 'municipality' },
    });
  });

  it('takes the organisation from the unit, whatever else is sent', async () => {
    const res = await createStaff({
      username: fresh('ulla.underskoterska'),
      role: 'nurse',
      unitId: ids.vardcentral,
      mayViewProtectedIdentity: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      unitId: ids.vardcentral,
      organisationId: ids.region,
      mayViewProtectedIdentity: true,
    });
  });

  it.each<Role>(['social-worker', 'physician', 'nurse', 'coordinator', 'unit-manager'])(
    'requires a unit for the role %s (400 naming unitId)',
    async (role) => {
      const username = fresh('utan.enhet');
      for (const placement of [{}, { unitId: null }, { organisationId: ids.region }]) {
        const res = await createStaff({ username, role, ...placement });
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([
          { path: 'unitId', message: `required for the role ${role}` },
        ]);
      }
      const unknown = await createStaff({ username, role, unitId: UNKNOWN_ID });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ path: 'unitId', message: 'no such unit' }]);
      const ok = await createStaff({ username, role, unitId: ids.beroendecentrum });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({
        role,
        unitId: ids.beroendecentrum,
        organisationId: ids.region,
      });
    },
  );

  it('places an analyst in an organisation and in no unit', async () => {
    const username = fresh('anders.analytiker');
    const missing = await createStaff({ username, role: 'analyst' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { path: 'organisationId', message: 'required for an analyst' },
    ]);
    const withUnit = await createStaff({ username, role: 'analyst', unitId: ids.beroendecentrum });
    expect(withUnit.status).toBe(400);
    expect(withUnit.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'unitId',
      'organisationId',
    ]);
    const unknown = await createStaff({ username, role: 'analyst', organisationId: UNKNOWN_ID });
    expect(unknown.body.errors).toEqual([
      { path: 'organisationId', message: 'no such organisation' },
    ]);

    const ok = await createStaff({ username, role: 'analyst', organisationId: ids.exempelby });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ role: 'analyst', unitId: null, organisationId: ids.exempelby });
    await expectLogged('staff.create', ok.body.id);
  });

  it('places an administrator in neither a unit nor an organisation', async () => {
    const username = fresh('adam.admin');
    const withUnit = await createStaff({
      username,
      role: 'administrator',
      unitId: ids.socNorrby,
    });
    expect(withUnit.status).toBe(400);
    expect(withUnit.body.errors).toEqual([
      { path: 'unitId', message: 'the role administrator belongs to no unit' },
    ]);
    const withOrganisation = await createStaff({
      username,
      role: 'administrator',
      organisationId: ids.norrby,
    });
    expect(withOrganisation.status).toBe(400);
    expect(withOrganisation.body.errors).toEqual([
      { path: 'organisationId', message: 'an administrator belongs to no organisation' },
    ]);

    const ok = await createStaff({ username, role: 'administrator' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ role: 'administrator', unitId: null, organisationId: null });
    const me = await (await t.signIn(username, PASSWORD)).get('/api/me');
    expect(me.body).toMatchObject({ roles: ['administrator'], unit: null, organisation: null });
  });

  it('answers 409 for a user name that is taken, in any letter case', async () => {
    const countOf = async (username: string) =>
      (await t.db.selectFrom('staff').select('id').where('username', '=', username).execute())
        .length;
    for (const username of ['anna.lakare', 'Anna.Lakare', 'ADMIN']) {
      const res = await createStaff({ username, role: 'physician', unitId: ids.beroendecentrum });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ status: 409, detail: 'That user name is taken.' });
    }
    expect(await countOf('anna.lakare')).toBe(1);
    expect(await countOf('admin')).toBe(1);
    // The failed attempts wrote nothing to the log either.
    const created = await adminRows('staff.create');
    const existing = [ids.user('anna.lakare'), ids.user('admin')];
    expect(created.filter((r) => existing.includes(r.detail.staffId))).toEqual([]);
  });

  it('refuses a password shorter than 12 characters, naming password', async () => {
    const username = fresh('kort.losen');
    const res = await createStaff({
      username,
      role: 'physician',
      unitId: ids.beroendecentrum,
      password: 'elva-tecken',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'password', message: 'at least 12 characters' }]);
    const twelve = await createStaff({
      username,
      role: 'physician',
      unitId: ids.beroendecentrum,
      password: 'tolv-tecken!',
    });
    expect(twelve.status).toBe(201);
  });

  it('names every bad field at once and creates nothing', async () => {
    const before = await t.db.selectFrom('staff').select('id').execute();
    const res = await admin.post('/api/staff', {
      username: 'å ä ö',
      name: '   ',
      role: 'chef',
      password: 'kort',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'name',
      'password',
      'role',
      'username',
    ]);
    expect(await t.db.selectFrom('staff').select('id').execute()).toHaveLength(before.length);
  });
});
