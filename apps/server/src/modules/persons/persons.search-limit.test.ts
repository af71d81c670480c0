import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { newIdentityNumber, startTestApp, type TestApp } from '../../test/harness.ts';

/**
 * The name search sorts the matching persons by name and checks visibility in that order until
 * 50 are found (persons.repository.ts). Persons the caller may not see, sorted before the ones
 * they may, must neither use up the 50 nor appear.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const letters = 'abcdefghij';
const givenName = (i: number) => `Test${letters[Math.floor(i / 10)]}${letters[i % 10]}`;

describe('GET /api/persons?q= — the first 50 visible, in name order', () => {
  it('skips persons of another principal sorted first, and stops at 50', async () => {
    const erik = await t.signIn('erik.socsek');
    const anna = await t.signIn('anna.lakare');
    const register = async (as: typeof erik, familyName: string, i: number) =>
      (
        await as.post('/api/persons', {
          personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
          givenName: givenName(i),
          familyName,
          sex: 'female',
        })
      ).body.id as string;

    // The region's persons sort before the municipality's ("Gränsfall…" < "Gränsgång…").
    const regionIds: string[] = [];
    for (let i = 0; i < 30; i++) regionIds.push(await register(anna, 'Gränsfallsson', i));
    const municipalityIds: string[] = [];
    for (let i = 0; i < 55; i++) municipalityIds.push(await register(erik, 'Gränsgångare', i));

    const found = await erik.get('/api/persons?q=Gr%C3%A4ns');
    expect(found.status).toBe(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual(municipalityIds.slice(0, 50));

    const regionFound = await anna.get('/api/persons?q=Gr%C3%A4ns');
    expect(regionFound.body.items.map((p: { id: string }) => p.id)).toEqual(regionIds);

    // A second word narrows within the visible ones, still in name order.
    const narrowed = await erik.get('/api/persons?q=gr%C3%A4ns%20testb');
    expect(narrowed.body.items.map((p: { givenName: string }) => p.givenName)).toEqual(
      Array.from({ length: 10 }, (_, k) => givenName(10 + k)),
    );
  });
});
