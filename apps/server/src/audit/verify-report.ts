import type { BrokenRow, VerifyResult } from './verify.ts';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const where = (b: BrokenRow) =>
  `row id ${b.id ?? '(none)'} (chain ${b.chain}, sequence ${b.seq}): ${b.reason}`;

/**
 * What log:verify prints (api.md: "exit 0 and a line with the count when intact; non-zero and
 * the first broken row when not"). The first line names the first broken row, so tools that
 * read one line keep working; every other broken row follows, one per line.
 */
export function describeVerification(result: VerifyResult): string[] {
  if (result.ok) {
    return [
      `Access log intact: ${result.rows} rows verified` +
        (result.checkpoint ? `, consistent with checkpoint ${result.checkpoint}.` : '.'),
    ];
  }
  const [first, ...others] = result.broken;
  return [
    `Access log BROKEN at ${where(first!)}.`,
    ...others.map((b) => `Also BROKEN at ${where(b)}.`),
    `${count(result.broken.length, 'broken row')} on ` +
      `${count(new Set(result.broken.map((b) => b.chain)).size, 'chain')}; ` +
      `${count(result.rows, 'row')} checked` +
      (result.checkpoint ? ` against checkpoint ${result.checkpoint}.` : '.'),
  ];
}
