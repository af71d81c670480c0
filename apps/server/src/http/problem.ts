/** RFC 9457 problem details, thrown from anywhere and shaped by the error handler. */
export interface FieldError {
  path: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; missing?: string[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail ?? TITLES[status] ?? 'Error');
  }

  get title(): string {
    return TITLES[this.status] ?? 'Error';
  }

  toBody() {
    return {
      type: `https://vardflata.se/problems/${this.status}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      ...(this.extra.missing ? { missing: this.extra.missing } : {}),
    };
  }
}

export const badRequest = (errors: FieldError[], detail = 'The request has invalid fields.') =>
  new HttpProblem(400, detail, { errors });
export const unauthorized = (detail = 'Sign in to continue.') => new HttpProblem(401, detail);
export const forbidden = (detail = 'Your role may not do this.') => new HttpProblem(403, detail);
/** Not found and not visible look the same, on purpose. */
export const notFound = () => new HttpProblem(404, 'No such resource.');
export const conflict = (detail: string) => new HttpProblem(409, detail);
export const unprocessable = (
  detail: string,
  extra: { missing?: string[]; errors?: FieldError[] },
) => new HttpProblem(422, detail, extra);

/** `['answers', 8, 'x']` → `answers[8].x`, the path style of api.md. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || (typeof s === 'string' && /^\d+$/.test(s)))
      out += `[${String(s)}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}
