/** The badge tone of each audit status. */
export const STATUS_TONE = {
  draft: 'neutral',
  collecting: 'info',
  compiling: 'info',
  published: 'warn',
  answered: 'ok',
} as const;
