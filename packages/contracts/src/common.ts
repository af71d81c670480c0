import { z } from 'zod';

export const uuid = z.uuid();
export const isoDate = z.iso.date();
export const isoDateTime = z.string();

export const idParams = z.object({ id: z.uuid() });

export const problemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  missing: z.array(z.string()).optional(),
});
export type ProblemDetails = z.infer<typeof problemDetails>;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
