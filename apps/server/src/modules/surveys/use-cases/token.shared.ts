import { createHash } from 'node:crypto';

/** Only a token's hash is stored, so the link cannot be rebuilt from the database. */
export const hash = (token: string) => createHash('sha256').update(token).digest('hex');
