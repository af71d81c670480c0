import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { todayInStockholm, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

interface Training {
  id: string;
  code: string;
  name: string;
  completed: boolean;
  sessions: { id: string; place: string }[];
}
interface Coverage {
  items: { unitName: string; training: string; staff: number; trained: number }[];
}

/** A demo staff member who has not completed MI yet (picked through the API). */
async function untrainedInMi(baseUrl: string): Promise<string> {
  for (const username of ['nora.socsek', 'nils.sjukskoterska', 'vera.vardcentral']) {
    const api = await apiSession(baseUrl, username);
    const { items } = await api.get<{ items: Training[] }>('/api/trainings');
    if (!items.find((x) => x.code === 'MI')!.completed) return username;
  }
  throw new Error('every candidate has completed MI already');
}

/**
 * Competence (F16): the unit manager plans an MI session; a staff member registers; the manager
 * records the attendance; the unit's MI coverage goes up by one and the staff member finds the
 * training under "Mina utbildningar".
 */
describe('journey 47: competence', () => {
  it('plan a session → register → attendance → coverage → Mina utbildningar', async () => {
    const tag = uniqueSuffix();
    const place = `Rum ${tag}`;
    const today = todayInStockholm();
    const username = await untrainedInMi(env.baseUrl());
    const majaApi = await apiSession(env.baseUrl(), 'maja.chef');

    // 1. Maja plans an MI session for today (attendance is recorded once its day has come).
    const maja = await newPage(env.browser(), env.baseUrl());
    await signIn(maja.page, 'maja.chef');
    await nav(maja.page).getByRole('link', { name: 'Utbildningar' }).click();
    await maja.page.getByRole('heading', { level: 1, name: 'Utbildningar' }).waitFor();
    await checkA11y(maja.page, 'trainings, as a manager');
    const plan = maja.page.getByRole('form', {
      name: 'Planera ett tillfälle: MI – motiverande samtal',
    });
    await plan.getByRole('textbox', { name: /^Datum/ }).fill(today);
    await plan.getByLabel('Plats').fill(place);
    await plan.getByRole('button', { name: 'Planera tillfället' }).click();
    await plan.getByText(`Tillfället ${today} är planerat.`).waitFor();

    // 2. The staff member registers.
    const staff = await newPage(env.browser(), env.baseUrl());
    await signIn(staff.page, username);
    await nav(staff.page).getByRole('link', { name: 'Utbildningar' }).click();
    const session = staff.page.getByRole('listitem').filter({ hasText: place }).last();
    await session.getByRole('button', { name: `Anmäl mig till ${today}` }).click();
    await session.getByText('Du är anmäld', { exact: true }).waitFor();
    await checkA11y(staff.page, 'trainings, registered');

    // The unit's MI coverage before the attendance.
    const mi = (await majaApi.get<{ items: Training[] }>('/api/trainings')).items.find(
      (x) => x.code === 'MI',
    )!;
    const sessionId = mi.sessions.find((s) => s.place === place)!.id;
    const registrations = await majaApi.get<{
      items: { name: string; unitName: string; staffId: string }[];
    }>(`/api/training-sessions/${sessionId}/registrations`);
    const registrant = registrations.items[0]!;
    const miAt = async () =>
      (await majaApi.get<Coverage>('/api/trainings/coverage')).items.find(
        (c) => c.unitName === registrant.unitName && c.training === mi.name,
      )!;
    const before = await miAt();

    // 3. Maja records the attendance.
    await maja.page.reload();
    const own = maja.page.getByRole('listitem').filter({ hasText: place }).last();
    const attendance = own.getByRole('form', { name: `Registrera närvaro ${today}` });
    await attendance.getByLabel(`${registrant.name} (${registrant.unitName})`).check();
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
    await own.getByText('Närvaron är sparad.').waitFor();
    await own.getByText(`${registrant.name} (${registrant.unitName}) – deltog`).waitFor();

    // 4. The coverage per unit has gone up by one.
    await maja.page.getByRole('link', { name: 'Utbildningstäckning per enhet' }).click();
    await maja.page
      .getByRole('heading', { level: 1, name: 'Utbildningstäckning per enhet' })
      .waitFor();
    const after = await miAt();
    expect(after.trained).toBe(before.trained + 1);
    expect(after.staff).toBe(before.staff);
    const row = maja.page
      .getByRole('region', { name: 'Alla utbildningar per enhet' })
      .getByRole('row', { name: new RegExp(`^${registrant.unitName}`) });
    await row
      .getByText(new RegExp(`^${after.trained} av ${after.staff} \\(`))
      .first()
      .waitFor();
    await maja.page
      .getByRole('figure', { name: `Andel utbildade i ${mi.name} per enhet` })
      .waitFor();
    await checkA11y(maja.page, 'coverage per unit');
    expect(pageErrors(maja.page)).toEqual([]);
    await maja.context.close();

    // 5. The staff member sees it under "Mina utbildningar".
    await staff.page.reload();
    const mine = staff.page.getByRole('region', { name: 'Mina utbildningar' });
    await mine.getByText(`${mi.name}, genomförd ${today}`).waitFor();
    await checkA11y(staff.page, 'Mina utbildningar');
    expect(pageErrors(staff.page)).toEqual([]);
    await staff.context.close();
  });
});
