// Pure builders of FHIR R4 Questionnaire and QuestionnaireResponse resources from the
// instrument definitions (product.md P4). Plain objects; the caller serialises them.
import type { AnswerOption, Coding, QuestionnaireDefinition, QuestionnaireItem } from './types.ts';

export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';

/** Default canonical base; a deployment passes its own public base URL. */
export const DEFAULT_FHIR_BASE = 'https://fhir.vardflata.example';

export interface FhirOptions {
  /** Canonical base of Questionnaire and CodeSystem URLs, without a trailing slash. */
  baseUrl?: string;
}

interface Extension {
  url: string;
  valueDecimal?: number;
  valueCode?: string;
  valueString?: string;
  extension?: Extension[];
}

export interface FhirCoding extends Coding {
  extension?: Extension[];
}

export interface FhirQuestionnaireItem {
  linkId: string;
  prefix?: string;
  text: string;
  _text?: { extension: Extension[] };
  type: 'choice' | 'integer';
  required: boolean;
  readOnly?: boolean;
  code?: Coding[];
  answerOption?: { valueCoding: FhirCoding }[];
}

export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: 'sv';
  subjectType: ['Patient'];
  publisher: string;
  code?: Coding[];
  item: FhirQuestionnaireItem[];
}

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  subject: { reference: string };
  authored: string;
  item: {
    linkId: string;
    text: string;
    answer: ({ valueCoding: FhirCoding } | { valueInteger: number })[];
  }[];
}

const baseOf = (options: FhirOptions | undefined): string =>
  (options?.baseUrl ?? DEFAULT_FHIR_BASE).replace(/\/+$/, '');

const slug = (definition: QuestionnaireDefinition): string => definition.id.toLowerCase();

/** Canonical URL of the instrument's Questionnaire, without version. */
export function questionnaireUrl(
  definition: QuestionnaireDefinition,
  options?: FhirOptions,
): string {
  return `${baseOf(options)}/Questionnaire/${slug(definition)}`;
}

/** CodeSystem of the instrument's answer options: one code per item and option. */
export function answerCodeSystemUrl(
  definition: QuestionnaireDefinition,
  options?: FhirOptions,
): string {
  return `${baseOf(options)}/CodeSystem/${slug(definition)}-answers`;
}

const totalLinkId = (definition: QuestionnaireDefinition): string => `${slug(definition)}-total`;

const english = (en: string): { extension: Extension[] } => ({
  extension: [
    {
      url: TRANSLATION_URL,
      extension: [
        { url: 'lang', valueCode: 'en' },
        { url: 'content', valueString: en },
      ],
    },
  ],
});

function answerCoding(
  definition: QuestionnaireDefinition,
  item: QuestionnaireItem,
  option: AnswerOption,
  options: FhirOptions | undefined,
): FhirCoding {
  return {
    system: answerCodeSystemUrl(definition, options),
    // Option codes repeat across items (e.g. 'never'), so the item id makes them unique.
    code: `${item.id}.${option.code}`,
    display: option.label.sv,
    extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: option.points }],
  };
}

/** The instrument as a FHIR R4 Questionnaire: Swedish text with English translations. */
export function questionnaire(
  definition: QuestionnaireDefinition,
  options?: FhirOptions,
): FhirQuestionnaire {
  const items: FhirQuestionnaireItem[] = definition.items.map((item) => ({
    linkId: item.id,
    prefix: `${item.number}.`,
    text: item.text.sv,
    _text: english(item.text.en),
    type: 'choice',
    required: true,
    ...(item.code ? { code: [item.code] } : {}),
    answerOption: item.options.map((option) => ({
      valueCoding: answerCoding(definition, item, option, options),
    })),
  }));
  items.push({
    linkId: totalLinkId(definition),
    text: 'Totalpoäng',
    _text: english('Total score'),
    type: 'integer',
    required: false,
    readOnly: true,
    ...(definition.totalCode ? { code: [definition.totalCode] } : {}),
  });
  return {
    resourceType: 'Questionnaire',
    id: slug(definition),
    url: questionnaireUrl(definition, options),
    version: definition.version,
    name: definition.id,
    title: definition.title.sv,
    status: 'active',
    language: 'sv',
    subjectType: ['Patient'],
    publisher: definition.source,
    ...(definition.code ? { code: [definition.code] } : {}),
    item: items,
  };
}

export interface ResponseMeta {
  id: string;
  /** e.g. `Patient/<id>`. */
  subjectReference: string;
  /** When the screening was performed (FHIR dateTime). */
  authored: string;
}

/**
 * A scored screening as a FHIR R4 QuestionnaireResponse. `result` is a successful score of the
 * same definition; a mismatch is a programming error and throws.
 */
export function questionnaireResponse(
  definition: QuestionnaireDefinition,
  result: { answers: readonly number[]; total: number },
  meta: ResponseMeta,
  options?: FhirOptions,
): FhirQuestionnaireResponse {
  if (result.answers.length !== definition.items.length) {
    throw new RangeError(
      `${definition.id} needs ${definition.items.length} answers, got ${result.answers.length}`,
    );
  }
  const item: FhirQuestionnaireResponse['item'] = definition.items.map((q, i) => {
    const index = result.answers[i] ?? -1;
    const option = q.options[index];
    if (option === undefined) {
      throw new RangeError(`${definition.id} answers[${i}] is not an option of ${q.id}`);
    }
    return {
      linkId: q.id,
      text: q.text.sv,
      answer: [{ valueCoding: answerCoding(definition, q, option, options) }],
    };
  });
  const sum = definition.items.reduce(
    (acc, q, i) => acc + (q.options[result.answers[i] ?? -1]?.points ?? 0),
    0,
  );
  if (sum !== result.total) {
    throw new RangeError(
      `${definition.id} total ${result.total} does not match the answers (${sum})`,
    );
  }
  item.push({
    linkId: totalLinkId(definition),
    text: 'Totalpoäng',
    answer: [{ valueInteger: result.total }],
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id: meta.id,
    questionnaire: `${questionnaireUrl(definition, options)}|${definition.version}`,
    status: 'completed',
    subject: { reference: meta.subjectReference },
    authored: meta.authored,
    item,
  };
}
