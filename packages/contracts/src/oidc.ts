import { z } from 'zod';

/** platform: the OpenID Connect callback's query (the provider's answer). */
export const oidcCallbackQuery = z.object({
  state: z.string().min(1).max(512).optional(),
  code: z.string().min(1).max(4096).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
  session_state: z.string().max(2048).optional(),
});

/** platform: after sign-out, where the browser goes to end the provider's session too. */
export const oidcLogoutResponse = z.object({ redirectTo: z.string().nullable() });
