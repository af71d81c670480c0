import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { currentStep, totpAt } from '../../auth/totp.ts';

/**
 * Issue 7, fault 4: the administrator could make herself a reader of person data — she created
 * a physician and a unit manager, signed in as them without a second factor and read drug tests
 * and the log; a password she reset worked at once. Now (decision 0012) whatever gives an
 * account a way to person data waits for a second, different administrator, and an account set
 * up by an administrator chooses its own password and enrols a second factor before it reaches
 * any person data.
 */

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let admin: TestClient;
let adam: TestClient;
const ONE_TIME = 'admin-valt-engangslosen';
const OWN = 'mitt-eget-langa-losenord';

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  admin = await t.signIn('admin');
  adam = await t.signIn('adam.admin');
});
afterAll(async () => t?.close());

async function createPhysician(username: string) {
  const res = await admin.post('/api/staff', {
    username,
    name: 'Ny Läkare',
    role: 'physician',
    unitId: ids.beroendecentrum,
    password: ONE_TIME,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; proposal: { kind: string; proposedBy: string } | null };
}

function signInRaw(username: string, password: string) {
  const c = t.client();
  return c.post('/api/auth/login', { username, password }).then((res) => ({ c, res }));
}

/** Enrols a second factor in the session and returns it signed in. */
async function enrol(c: TestClient, staffId: string) {
  const started = await c.post('/api/me/second-factor/enrol');
  expect(started.status).toBe(200);
  const code = totpAt(started.body.secret, currentStep());
  const confirmed = await c.post('/api/me/second-factor/confirm', { code });
  expect(confirmed.status).toBe(200);
  const row = await t.db
    .selectFrom('staff')
    .select(['totp_enabled', 'must_enrol_second_factor'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ totp_enabled: true, must_enrol_second_factor: false });
}

describe('fault 4: a new account that sees person data', () => {
  it('cannot sign in until a second administrator approves, and the proposer cannot approve', async () => {
    const created = await createPhysician('fyra.ogon');
    expect(created.proposal).toMatchObject({ kind: 'account', proposedBy: ids.user('admin') });

    // Before approval the right password opens nothing.
    const before = await signInRaw('fyra.ogon', ONE_TIME);
    expect(before.res.status).toBe(401);
    expect(before.res.body.detail).toBe("The account awaits a second administrator's approval.");
    // A wrong password still gets the ordinary answer: a stranger learns nothing.
    const wrong = await signInRaw('fyra.ogon', 'fel-losenord-helt');
    expect(wrong.res.body.detail).toBe('Wrong user name or password.');

    // The proposing administrator cannot approve her own proposal.
    const own = await admin.post(`/api/staff/${created.id}/approve`);
    expect(own.status).toBe(422);
    expect(own.body.errors[0].path).toBe('proposal');
    // A second, different administrator can; the approval is an administration event.
    const approved = await adam.post(`/api/staff/${created.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.proposal).toBeNull();
    const logged = await t.db
      .selectFrom('access_log')
      .select(['action', 'user_id', 'person_id', 'ground'])
      .where('action', '=', 'staff.approve')
      .execute();
    expect(logged).toContainEqual({
      action: 'staff.approve',
      user_id: ids.user('adam.admin'),
      person_id: null,
      ground: 'administration',
    });
    // Nothing left to approve.
    expect((await adam.post(`/api/staff/${created.id}/approve`)).status).toBe(422);
  });

  it('must choose its own password and enrol a second factor before reaching person data', async () => {
    const created = await createPhysician('forsta.gangen');
    expect((await adam.post(`/api/staff/${created.id}/approve`)).status).toBe(200);

    const { c, res } = await signInRaw('forsta.gangen', ONE_TIME);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ secondFactorRequired: true, passwordChangeRequired: true });
    // No person data, no enrolment, before the password is changed.
    expect((await c.get('/api/persons?q=Exempel')).status).toBe(401);
    expect((await c.post('/api/me/second-factor/enrol')).status).toBe(401);
    // The one-time password cannot be kept.
    const same = await c.post('/api/me/password', { newPassword: ONE_TIME });
    expect(same.status).toBe(422);
    expect(same.body.errors[0].path).toBe('newPassword');
    const changed = await c.post('/api/me/password', { newPassword: OWN });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      secondFactorRequired: true,
      secondFactorEnrolmentRequired: true,
    });
    // Still no person data until the second factor is enrolled.
    expect((await c.get('/api/persons?q=Exempel')).status).toBe(401);
    await enrol(c, created.id);
    expect((await c.get('/api/persons?q=Exempel')).status).toBe(200);

    // Next time: her own password, then the second factor.
    const again = await signInRaw('forsta.gangen', OWN);
    expect(again.res.body).toMatchObject({ secondFactorRequired: true });
    expect(again.res.body.passwordChangeRequired).toBeUndefined();
    expect((await signInRaw('forsta.gangen', ONE_TIME)).res.status).toBe(401);
  });
});

describe('fault 4: a role and a reset password', () => {
  it('gives a role that sees person data only when a second administrator approves', async () => {
    const res = await admin.post('/api/staff', {
      username: 'blir.lakare',
      name: 'Blir Läkare',
      role: 'analyst',
      organisationId: ids.region,
      password: ONE_TIME,
    });
    expect(res.status).toBe(201);
    // An analyst sees no person data: no approval needed.
    expect(res.body.proposal).toBeNull();
    const id: string = res.body.id;
    const patched = await admin.patch(`/api/staff/${id}`, {
      role: 'unit-manager',
      unitId: ids.beroendecentrum,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      role: 'analyst',
      proposal: { kind: 'role', role: 'unit-manager', unitId: ids.beroendecentrum },
    });
    expect((await admin.post(`/api/staff/${id}/approve`)).status).toBe(422);
    const approved = await adam.post(`/api/staff/${id}/approve`);
    expect(approved.body).toMatchObject({
      role: 'unit-manager',
      unitId: ids.beroendecentrum,
      proposal: null,
    });
  });

  it('makes an administrator’s reset password one-time, waiting for a second administrator', async () => {
    const vera = ids.user('vera.vardcentral');
    expect((await admin.post(`/api/staff/${vera}/password`, { password: ONE_TIME })).status).toBe(
      204,
    );
    // The reset does not work at once (issue 7: "it worked at once").
    expect((await signInRaw('vera.vardcentral', ONE_TIME)).res.status).toBe(401);
    expect((await admin.post(`/api/staff/${vera}/approve`)).status).toBe(422);
    expect((await adam.post(`/api/staff/${vera}/approve`)).status).toBe(200);
    // Approved, it opens only the password change.
    const { c, res } = await signInRaw('vera.vardcentral', ONE_TIME);
    expect(res.body).toMatchObject({ secondFactorRequired: true, passwordChangeRequired: true });
    expect((await c.get('/api/persons?q=Exempel')).status).toBe(401);
    const changed = await c.post('/api/me/password', { newPassword: OWN });
    // Only a password was reset: her second factor (none, in the demo) is as it was.
    expect(changed.body).toMatchObject({ secondFactorRequired: false });
    expect((await c.get('/api/persons?q=Exempel')).status).toBe(200);
    // One-time: it no longer works.
    expect((await signInRaw('vera.vardcentral', ONE_TIME)).res.status).toBe(401);
  });

  it('keeps an administrator from approving a change to her own account', async () => {
    const adamId = ids.user('adam.admin');
    expect((await admin.post(`/api/staff/${adamId}/reset-second-factor`)).status).toBe(204);
    // Signed out by the reset; adam cannot approve his own reset, nor can its proposer.
    const adamAgain = await signInRaw('adam.admin', 'vardflata-demo');
    expect(adamAgain.res.status).toBe(401);
    expect((await admin.post(`/api/staff/${adamId}/approve`)).status).toBe(422);
    // Put adam back as seeded for the other tests.
    await t.db
      .updateTable('staff')
      .set({
        proposal: null,
        proposed_by: null,
        proposed_at: null,
        must_enrol_second_factor: false,
      })
      .where('id', '=', adamId)
      .execute();
    adam = await t.signIn('adam.admin');
  });

  it('keeps the seeded demo accounts signing in as api.md says: no second factor', async () => {
    for (const username of ['anna.lakare', 'maja.chef', 'admin', 'adam.admin']) {
      const { res } = await signInRaw(username, 'vardflata-demo');
      expect(res.status).toBe(200);
      expect(res.body.secondFactorRequired).toBe(false);
    }
  });
});
