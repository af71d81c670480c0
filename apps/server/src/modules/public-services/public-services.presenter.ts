import type { PublicService, PublicServiceEntry } from '@vardflata/contracts';
import { PUBLIC_CATEGORY_LABELS, PUBLIC_LANGUAGES, type PublicLanguage } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { toIso } from '../../util/time.ts';
import { mayEditService } from './public-services.policy.ts';
import type { ServiceRecord } from './repositories/public-service.repository.ts';

const textIn = (s: ServiceRecord, lang: PublicLanguage) =>
  s.texts.find((t) => t.lang === lang) ?? s.texts.find((t) => t.lang === 'sv');

/** A service in `lang`, or in Swedish (and saying so) where its text is not written yet;
 * a service with no text at all is not shown. */
export function toPublicServices(all: ServiceRecord[], lang: PublicLanguage): PublicService[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return all.flatMap((s) => {
    const text = textIn(s, lang);
    if (!text) return [];
    return [
      {
        id: s.id,
        category: s.category,
        categoryLabel: PUBLIC_CATEGORY_LABELS[s.category][lang],
        organisation: { name: s.organisation_name, kind: s.organisation_kind },
        lang: text.lang,
        name: text.name,
        description: text.description,
        howTo: text.how_to,
        openingHours: text.opening_hours,
        phone: s.phone,
        address: s.address,
        url: s.url,
        related: s.linked.flatMap((id) => {
          const other = byId.get(id);
          const t = other && textIn(other, lang);
          return other && t ? [{ id, name: t.name, organisation: other.organisation_name }] : [];
        }),
      },
    ];
  });
}

export function toEntry(caller: Caller, s: ServiceRecord): PublicServiceEntry {
  return {
    id: s.id,
    category: s.category,
    organisation: { id: s.organisation_id, name: s.organisation_name },
    phone: s.phone,
    address: s.address,
    url: s.url,
    texts: PUBLIC_LANGUAGES.flatMap((lang) => {
      const t = s.texts.find((x) => x.lang === lang);
      return t
        ? [
            {
              lang,
              name: t.name,
              description: t.description,
              howTo: t.how_to,
              openingHours: t.opening_hours,
              updatedAt: toIso(t.updated_at),
            },
          ]
        : [];
    }),
    mayEdit: mayEditService(caller, s.organisation_id),
  };
}
