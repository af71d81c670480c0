import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, notification, notifications, notificationsQuery } from '@vardflata/contracts';
import { callerOf } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import * as service from './notifications.service.ts';

/** In-app notifications (P6): reminders and worklist notices written by background jobs. */
export function notificationsRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'The signed-in user’s notifications, newest first',
        querystring: notificationsQuery,
        response: { 200: notifications },
      },
    },
    async (request) => service.listNotifications(db, callerOf(request), request.query),
  );

  r.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Marks one of the user’s notifications as read',
        params: idParams,
        response: { 200: notification },
      },
    },
    async (request) => service.readNotification(db, callerOf(request), request.params.id),
  );
}
