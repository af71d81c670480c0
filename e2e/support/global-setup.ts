import type { TestProject } from 'vitest/node';
import { startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server for every journey; each journey gets its own browser context. */
export default async function setup(project: TestProject) {
  const server = process.env.E2E_BASE_URL ? null : await startServer();
  project.provide('baseUrl', process.env.E2E_BASE_URL ?? server!.baseUrl);
  return async () => {
    await server?.stop();
  };
}
