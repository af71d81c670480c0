import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

let t: TestApp;
let maja: TestClient; // unit manager, Region
let erik: TestClient; // social worker, Exempelby

beforeAll(async () => {
  t = await startTestApp();
  maja = await t.signIn('maja.chef');
  erik = await t.signIn('erik.socsek');
});
afterAll(() => t?.close());

interface Item {
  id: string;
  name: string;
  lang: string;
  category: string;
  categoryLabel: string;
  related: { name: string }[];
}

describe('the public service directory (F17)', () => {
  it('answers without sign-in, in Swedish by default, left to right', async () => {
    const res = await t.client().get('/api/public/services');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lang: 'sv', direction: 'ltr' });
    const names = (res.body.items as Item[]).map((i) => i.name);
    expect(names).toContain('Beroendecentrum');
    expect(names).toContain('Socialtjänsten Vuxen, Exempelby');
  });

  it.each([
    ['sv', 'ltr', 'Sprututbytet'],
    ['en', 'ltr', 'Needle exchange'],
    ['ar', 'rtl', 'برنامج تبادل الحقن'],
    ['fi', 'ltr', 'Neulanvaihto'],
    ['so', 'ltr', 'Isweydaarsiga irbadaha'],
  ])('speaks %s (%s)', async (lang, direction, name) => {
    const res = await t.client().get(`/api/public/services?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lang, direction });
    const item = (res.body.items as Item[]).find((i) => i.category === 'needle-exchange')!;
    expect(item).toMatchObject({ name, lang });
  });

  it('falls back to Swedish, saying so, where a text is not written in the language', async () => {
    const res = await t.client().get('/api/public/services?lang=ar');
    const children = (res.body.items as Item[]).find((i) => i.category === 'children-support')!;
    expect(children).toMatchObject({ lang: 'sv', name: 'Stödgrupp för barn' });
    expect(children.categoryLabel).toBe('دعم الأطفال والشباب');
  });

  it('links each principal’s service to the other’s', async () => {
    const res = await t.client().get('/api/public/services?lang=en');
    const laro = (res.body.items as Item[]).find((i) => i.category === 'laro')!;
    expect(laro.related.map((r) => r.name)).toEqual(['Adult Social Services, Exempelby']);
  });

  it('refuses an unknown language with 400 naming lang', async () => {
    const res = await t.client().get('/api/public/services?lang=xx');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('lang');
  });

  it('is written per language by the organisation’s unit manager', async () => {
    const entries = await maja.get('/api/public-services');
    const children = entries.body.items.find(
      (e: { category: string }) => e.category === 'children-support',
    );
    const laro = entries.body.items.find((e: { category: string }) => e.category === 'laro');
    expect(laro.mayEdit).toBe(true);
    expect(children.mayEdit).toBe(false); // Exempelby's service
    const written = await maja.request('PUT', `/api/public-services/${laro.id}/texts/fi`, {
      name: 'LARO-vastaanotto (uusi)',
      description: 'Lääkehoitoa opioidiriippuvuuteen.',
      howTo: 'Soita meille.',
    });
    expect(written.status).toBe(200);
    const fi = await t.client().get('/api/public/services?lang=fi');
    expect((fi.body.items as Item[]).find((i) => i.id === laro.id)!.name).toBe(
      'LARO-vastaanotto (uusi)',
    );
    expect(
      (
        await erik.request('PUT', `/api/public-services/${laro.id}/texts/fi`, {
          name: 'x',
          description: 'y',
          howTo: 'z',
        })
      ).status,
    ).toBe(403);
  });
});
