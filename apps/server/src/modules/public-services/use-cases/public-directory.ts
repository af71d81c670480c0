import type { PublicServices } from '@vardflata/contracts';
import { textDirection, type PublicLanguage } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import { toPublicServices } from '../public-services.presenter.ts';
import * as services from '../repositories/public-service.repository.ts';

/** The public directory in one language, right to left for Arabic. No sign-in. */
export async function publicDirectory(db: Db, lang: PublicLanguage): Promise<PublicServices> {
  return {
    lang,
    direction: textDirection(lang),
    items: toPublicServices(await services.listServices(db), lang),
  };
}
