import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'vardflata-demo';

/** Signs in through the sign-in page and waits for the signed-in header. */
export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByTestId('signed-in-user').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Logga ut|Sign out/ }).click();
  await page.getByRole('heading', { level: 1, name: /Logga in|Sign in/ }).waitFor();
}

/** The main navigation. */
export const nav = (page: Page) => page.getByRole('navigation', { name: /Huvudmeny|Main menu/ });

/**
 * A signed-in API session for arranging test data (e.g. picking a demo person by the
 * seed's current content) without depending on fixed names.
 */
export async function apiSession(baseUrl: string, username: string, password = DEMO_PASSWORD) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`API sign-in as ${username} failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(
        `${method} ${path} as ${username}: ${response.status} ${await response.text()}`,
      );
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
  };
}

export interface PersonSummary {
  id: string;
  personalIdentityNumber: string;
  givenName: string | null;
  familyName: string | null;
  protectedIdentity: boolean;
  careRelations: { unitName: string; closedAt: string | null }[];
}

/** Persons the account may see whose family name starts with one of the seed's names. */
export async function visiblePersons(baseUrl: string, username: string): Promise<PersonSummary[]> {
  const session = await apiSession(baseUrl, username);
  const seen = new Map<string, PersonSummary>();
  for (const prefix of [
    'Ex',
    'Li',
    'Be',
    'Åk',
    'Sa',
    'Ho',
    'Ny',
    'Ek',
    'Fo',
    'Wi',
    'He',
    'Öb',
    'Lu',
    'St',
    'Da',
    'Sj',
    'Bj',
    'En',
  ]) {
    const { items } = await session.get<{ items: PersonSummary[] }>(
      `/api/persons?q=${encodeURIComponent(prefix)}`,
    );
    for (const p of items) seen.set(p.id, p);
  }
  return [...seen.values()];
}
