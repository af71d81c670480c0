import { z } from 'zod';
import { PUBLIC_LANGUAGES, PUBLIC_SERVICE_CATEGORIES } from '@vardflata/domain';
import { isoDateTime, uuid } from './common.ts';

/** The public service directory (F17): no sign-in; Swedish, English, Arabic (rtl), Finnish,
 * Somali. */
export const publicLanguage = z.enum(PUBLIC_LANGUAGES);
export const publicServiceCategory = z.enum(PUBLIC_SERVICE_CATEGORIES);

export const publicServicesQuery = z.object({ lang: publicLanguage.default('sv') });

export const publicService = z.object({
  id: uuid,
  category: publicServiceCategory,
  categoryLabel: z.string(),
  organisation: z.object({
    name: z.string(),
    kind: z.enum(['region', 'municipality', 'private-provider']),
  }),
  /** The language the texts are in: the one asked for, or Swedish where none is written yet. */
  lang: publicLanguage,
  name: z.string(),
  description: z.string(),
  howTo: z.string(),
  openingHours: z.string(),
  phone: z.string(),
  address: z.string(),
  url: z.string(),
  /** The other principal's services for the same need. */
  related: z.array(z.object({ id: uuid, name: z.string(), organisation: z.string() })),
});
export type PublicService = z.infer<typeof publicService>;

export const publicServices = z.object({
  lang: publicLanguage,
  direction: z.enum(['ltr', 'rtl']),
  items: z.array(publicService),
});
export type PublicServices = z.infer<typeof publicServices>;

const text = (max: number) => z.string().trim().min(1, 'required').max(max);
export const publicServiceTextBody = z.object({
  name: text(200),
  description: text(2000),
  howTo: text(2000),
  openingHours: z.string().trim().max(500).default(''),
});
export type PublicServiceTextBody = z.infer<typeof publicServiceTextBody>;
export const publicServiceTextParams = z.object({ id: uuid, lang: publicLanguage });

/** A service as staff edit it: every language's text. */
export const publicServiceEntry = z.object({
  id: uuid,
  category: publicServiceCategory,
  organisation: z.object({ id: uuid, name: z.string() }),
  phone: z.string(),
  address: z.string(),
  url: z.string(),
  texts: z.array(
    z.object({
      lang: publicLanguage,
      name: z.string(),
      description: z.string(),
      howTo: z.string(),
      openingHours: z.string(),
      updatedAt: isoDateTime,
    }),
  ),
  mayEdit: z.boolean(),
});
export type PublicServiceEntry = z.infer<typeof publicServiceEntry>;
