import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-body.ts';
import { nulPaths } from './reject-nul.ts';

/** Builds `{ a: [ { a: [ … ] } ] }` without recursion, `levels` deep. */
function nested(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

describe('walking untrusted JSON', () => {
  it('measures depth without recursion, even 200 000 levels down', () => {
    expect(tooDeepAt({ plan: nested(200_000) })).toBe('plan');
    // The body itself is an array here (the outermost level of nested(even) is `[…]`).
    expect(tooDeepAt(nested(200_000))).toBe('[0]');
    expect(tooDeepAt(nested(200_001))).toBe('a');
  });

  it('lets through a body exactly at the limit and names the field one level beyond it', () => {
    expect(tooDeepAt({ ok: nested(MAX_JSON_DEPTH - 1), also: 1 })).toBeNull();
    expect(tooDeepAt({ ok: 1, deep: nested(MAX_JSON_DEPTH) })).toBe('deep');
  });

  it('finds NUL characters in order, at any depth, without recursion', () => {
    expect(nulPaths({ a: 'ok', b: ['x', 'y\u0000'], c: { d: '\u0000' } })).toEqual([
      { path: 'b[1]', message: 'must not contain the NUL character' },
      { path: 'c.d', message: 'must not contain the NUL character' },
    ]);
    expect(() => nulPaths(nested(200_000))).not.toThrow();
  });
});
