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

/** An administrator's role change, approved by the second administrator when it needs it. */
async function patchApproved(id: string, body: Record<string, unknown>) {
  const res = await admin.patch(`/api/staff/${id}`, body);
  if (res.status !== 200 || res.body.proposal?.kind !== 'role') return res;
  return adam.post(`/api/staff/${id}/approve`);
}

async function liveSessions(staffId: string) {
  return t.db.selectFrom('session').select('id').where('staff_id', '=', staffId).execute();
}

describe('GET /api/staff', () => {
  it('lists every account by name, demo accounts marked, without password data', async () => {
    const res = await admin.get('/api/staff');
    expect(res.status).toBe(200);
    const names: string[] = res.body.items.map((s: { name: string }) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const usernames = res.body.items.map((s: { username: string }) => s.username);
    for (const demo of ['anna.lakare', 'erik.socsek', 'maja.chef', 'olle.analytiker', 'admin']) {
      expect(usernames).toContain(demo);
    }
    expect(res.body.items.find((s: { username: string }) => s.username === 'maja.chef')).toEqual({
      id: ids.user('maja.chef'),
      username: 'maja.chef',
      name: 'Maja Verksamhetschef',
      role: 'unit-manager',
      unitId: ids.beroendecentrum,
      organisationId: ids.region,
      mayViewProtectedIdentity: false,
      secondFactorEnabled: false,
      disabled: false,
      demo: true,
      proposal: null,
      mustChangePassword: false,
      signInLocked: false,
    });
    // No password data (the flag that a new password must be chosen is no password data).
    const withoutFlag = res.body.items.map(
      ({ mustChangePassword: _, ...rest }: object & { mustChangePassword: boolean }) => rest,
    );
    expect(JSON.stringify(withoutFlag)).not.toMatch(/argon2|password|totp/i);
  });

  it('is refused to everyone but administrators', async () => {
    const maja = await t.signIn('maja.chef');
    const res = await maja.get('/api/staff');
    expect(res.status).toBe(403);
    expect(res.body.items).toBeUndefined();
  });
});

describe('PATCH /api/staff/:id', () => {
  async function signedInAccount(role: Role, unitId: string) {
    const username = fresh('flytt.person');
    const created = await createStaff({ username, role, unitId });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, username, client: await t.signIn(username, PASSWORD) };
  }

  it('moves an account to another unit and ends its sessions', async () => {
    const { id, username, client } = await signedInAccount('nurse', ids.vardcentral);
    const res = await patchApproved(id, {
      unitId: ids.socNorrby,
      role: 'social-worker',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      role: 'social-worker',
      unitId: ids.socNorrby,
      organisationId: ids.norrby,
    });
    expect((await client.get('/api/me')).status).toBe(401);
    expect(await liveSessions(id)).toEqual([]);
    // A role that sees person data is proposed, then approved by the second administrator.
    await expectLogged('staff.propose-role', id);

    const me = await (await t.signIn(username, PASSWORD)).get('/api/me');
    expect(me.body).toMatchObject({
      roles: ['social-worker'],
      unit: { id: ids.socNorrby, name: 'Socialtjänst Vuxen Norrby' },
      organisation: { id: ids.norrby },
    });
  });

  it('changes the role alone and ends the sessions', async () => {
    const { id, client } = await signedInAccount('nurse', ids.beroendecentrum);
    const res = await patchApproved(id, { role: 'unit-manager' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'unit-manager', unitId: ids.beroendecentrum });
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('turns a unit role into an analyst only with the placement the new role needs', async () => {
    const { id } = await signedInAccount('physician', ids.beroendecentrum);
    const stillInUnit = await admin.patch(`/api/staff/${id}`, { role: 'analyst' });
    expect(stillInUnit.status).toBe(400);
    expect(stillInUnit.body.errors.map((e: { path: string }) => e.path)).toContain('unitId');
    const unchanged = await t.db
      .selectFrom('staff')
      .select(['role', 'unit_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(unchanged).toEqual({ role: 'physician', unit_id: ids.beroendecentrum });

    const ok = await admin.patch(`/api/staff/${id}`, {
      role: 'analyst',
      unitId: null,
      organisationId: ids.region,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ role: 'analyst', unitId: null, organisationId: ids.region });
  });

  it('keeps the sessions when only the name changes, and shows the new name at once', async () => {
    const { id, client } = await signedInAccount('physician', ids.beroendecentrum);
    const res = await admin.patch(`/api/staff/${id}`, { name: 'Greta Nyman' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Greta Nyman');
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.name).toBe('Greta Nyman');
  });

  it('disables and enables an account', async () => {
    const { id, username, client } = await signedInAccount('coordinator', ids.socExempelby);
    const off = await admin.patch(`/api/staff/${id}`, { disabled: true });
    expect(off.status).toBe(200);
    expect(off.body.disabled).toBe(true);
    expect((await client.get('/api/me')).status).toBe(401);
    const refused = await t.client().post('/api/auth/login', { username, password: PASSWORD });
    expect(refused.status).toBe(401);

    const on = await admin.patch(`/api/staff/${id}`, { disabled: false });
    expect(on.body.disabled).toBe(false);
    expect((await t.signIn(username, PASSWORD)).csrfToken).toEqual(expect.any(String));
    expect((await adminRows('staff.update')).filter((r) => r.detail.staffId === id)).toHaveLength(
      2,
    );
  });

  it('does not let an administrator disable or demote themself', async () => {
    const self = ids.user('admin');
    const disable = await admin.patch(`/api/staff/${self}`, { disabled: true });
    expect(disable.status).toBe(400);
    expect(disable.body.errors).toEqual([
      { path: 'disabled', message: 'you cannot lock yourself out' },
    ]);
    const demote = await admin.patch(`/api/staff/${self}`, { role: 'analyst' });
    expect(demote.status).toBe(400);
    expect(demote.body.errors).toEqual([{ path: 'role', message: 'you cannot lock yourself out' }]);

    const row = await t.db
      .selectFrom('staff')
      .select(['role', 'disabled_at'])
      .where('id', '=', self)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'administrator', disabled_at: null });
    expect((await admin.get('/api/me')).status).toBe(200);
    expect((await adminRows('staff.update')).filter((r) => r.detail.staffId === self)).toEqual([]);
  });

  it('answers 404 for an unknown account and 400 for an id that is no UUID', async () => {
    expect((await admin.patch(`/api/staff/${UNKNOWN_ID}`, { name: 'Ingen' })).status).toBe(404);
    const bad = await admin.patch('/api/staff/inte-ett-id', { name: 'Ingen' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('id');
  });

  it('is refused to a unit manager, who changes nothing', async () => {
    const maja = await t.signIn('maja.chef');
    const anna = ids.user('anna.lakare');
    const res = await maja.patch(`/api/staff/${anna}`, { disabled: true, role: 'unit-manager' });
    expect(res.status).toBe(403);
    const row = await t.db
      .selectFrom('staff')
      .select(['role', 'disabled_at'])
      .where('id', '=', anna)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'physician', disabled_at: null });
  });
});

describe('POST /api/staff/:id/password', () => {
  it('sets a new password: the old one stops working and the sessions end', async () => {
    const username = fresh('byt.losen');
    const created = await createStaff({ username, role: 'physician', unitId: ids.beroendecentrum });
    const id: string = created.body.id;
    const session = await t.signIn(username, PASSWORD);

    const res = await admin.post(`/api/staff/${id}/password`, {
      password: 'ett-helt-nytt-lösenord',
    });
    expect(res.status).toBe(204);
    expect((await session.get('/api/me')).status).toBe(401);
    expect(await liveSessions(id)).toEqual([]);
    expect((await adam.post(`/api/staff/${id}/approve`)).status).toBe(200);
    const old = await t.client().post('/api/auth/login', { username, password: PASSWORD });
    expect(old.status).toBe(401);
    const renewed = await t.client().post('/api/auth/login', {
      username,
      password: 'ett-helt-nytt-lösenord',
    });
    expect(renewed.status).toBe(200);
    await expectLogged('staff.set-password', id);
  });

  it('refuses a short password and an unknown account', async () => {
    const anna = ids.user('anna.lakare');
    const short = await admin.post(`/api/staff/${anna}/password`, { password: 'kort' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([{ path: 'password', message: 'at least 12 characters' }]);
    const unknown = await admin.post(`/api/staff/${UNKNOWN_ID}/password`, { password: PASSWORD });
    expect(unknown.status).toBe(404);
    expect(await adminRows('staff.set-password')).not.toContainEqual(
      expect.objectContaining({ detail: { staffId: UNKNOWN_ID } }),
    );
    // Anna's demo password still works.
    expect((await t.signIn('anna.lakare')).csrfToken).toEqual(expect.any(String));
  });
});

describe('POST /api/staff/:id/reset-second-factor', () => {
  it('logs the reset and answers 404 for an unknown account', async () => {
    const vera = ids.user('vera.vardcentral');
    expect((await admin.post(`/api/staff/${vera}/reset-second-factor`)).status).toBe(204);
    await expectLogged('staff.reset-second-factor', vera);
    const unknown = await admin.post(`/api/staff/${UNKNOWN_ID}/reset-second-factor`);
    expect(unknown.status).toBe(404);
  });
});

describe('access for non-administrators', () => {
  it('refuses account writes to other roles and writes nothing', async () => {
    const username = fresh('obehorig.skapad');
    for (const actor of ['maja.chef', 'anna.lakare', 'olle.analytiker']) {
      const client = await t.signIn(actor);
      const create = await client.post('/api/staff', {
        username,
        name: 'Obehörig Skapad',
        role: 'administrator',
        password: PASSWORD,
      });
      expect(create.status).toBe(403);
      const reset = await client.post(`/api/staff/${ids.user('admin')}/password`, {
        password: 'kapat-konto-123',
      });
      expect(reset.status).toBe(403);
    }
    expect(
      await t.db.selectFrom('staff').select('id').where('username', '=', username).execute(),
    ).toEqual([]);
    expect((await t.signIn('admin')).csrfToken).toEqual(expect.any(String));
  });
});

describe('GET /api/staff/directory', () => {
  it('finds colleagues of both principals by name or unit, without disabled accounts or admins', async () => {
    const erik = await t.signIn('erik.socsek');
    const byName = await erik.get('/api/staff/directory?q=anna');
    expect(byName.status).toBe(200);
    expect(byName.body.items).toEqual([
      {
        id: ids.user('anna.lakare'),
        name: 'Anna Läkare',
        role: 'physician',
        unitId: ids.beroendecentrum,
        unitName: 'Beroendecentrum',
        organisationId: ids.region,
        organisationName: 'Region Exempel',
      },
    ]);
    const byUnit = await erik.get(`/api/staff/directory?unitId=${ids.beroendecentrum}`);
    expect(byUnit.body.items.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['Anna Läkare', 'Maja Verksamhetschef']),
    );
    expect(
      byUnit.body.items.every((s: { unitId: string }) => s.unitId === ids.beroendecentrum),
    ).toBe(true);

    await admin.patch(`/api/staff/${ids.user('vera.vardcentral')}`, { disabled: true });
    expect((await erik.get('/api/staff/directory?q=vera')).body.items).toEqual([]);
    expect((await erik.get('/api/staff/directory?q=administrat')).body.items).toEqual([]);
    await admin.patch(`/api/staff/${ids.user('vera.vardcentral')}`, { disabled: false });
  });
});
