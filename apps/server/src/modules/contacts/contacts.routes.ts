import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  contactRecord,
  createContactBody,
  idParams,
  listOf,
  updateContactBody,
} from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { changeContact } from './use-cases/change-contact.ts';
import { listContacts } from './use-cases/list-contacts.ts';
import { recordContact } from './use-cases/record-contact.ts';

/** Contacts (besök och kontakter, decision 0020-c): visits, calls and group sessions. */
export function contactsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];

  r.post(
    '/api/persons/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Record a visit or contact of the caller’s unit with the person',
        params: idParams,
        body: createContactBody,
        response: { 201: contactRecord },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordContact(db, callerOf(request), request.params.id, request.body)),
  );

  r.get(
    '/api/persons/:id/contacts',
    {
      schema: {
        tags,
        summary: 'The person’s visits and contacts the caller may see, newest day first',
        params: idParams,
        response: { 200: listOf(contactRecord) },
      },
    },
    async (request) => ({ items: await listContacts(db, callerOf(request), request.params.id) }),
  );

  r.patch(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Correct or cancel a contact (the unit that had it)',
        params: idParams,
        body: updateContactBody,
        response: { 200: contactRecord },
      },
    },
    async (request) => changeContact(db, callerOf(request), request.params.id, request.body),
  );
}
