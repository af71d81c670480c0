import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every string is in Swedish and in English, and every count has its plural forms: a check
// over the app's own strings and each feature's namespace (features/*/i18n).
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folders = [
  path.join(src, 'i18n'),
  ...fs
    .readdirSync(path.join(src, 'features'))
    .map((feature) => path.join(src, 'features', feature, 'i18n'))
    .filter((folder) => fs.existsSync(path.join(folder, 'sv.json'))),
];

type Tree = { [key: string]: string | Tree | string[] };
const read = (file: string): Tree => JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;

/** Every string of a translation tree by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else if (Array.isArray(value)) value.forEach((v, i) => out.set(`${at}[${i}]`, v));
    else for (const [k, v] of flatten(value, at)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe.each(folders.map((f) => [path.relative(src, f), f]))('translations in %s', (_, folder) => {
  const sv = flatten(read(path.join(folder, 'sv.json')));
  const en = flatten(read(path.join(folder, 'en.json')));

  it('has every Swedish string in English and nothing in English alone', () => {
    expect([...sv.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !sv.has(k))).toEqual([]);
  });

  it('gives every count its plural forms (_one and _other), in both languages', () => {
    for (const strings of [sv, en]) {
      const withCount = [...strings.entries()].filter(([, v]) => v.includes('{{count'));
      expect(withCount.filter(([k]) => !PLURAL.test(k)).map(([k]) => k)).toEqual([]);
      const plural = [...strings.keys()].filter((k) => PLURAL.test(k));
      const missing = plural.flatMap((k) => {
        const base = k.replace(PLURAL, '');
        return ['one', 'other'].map((form) => `${base}_${form}`).filter((f) => !strings.has(f));
      });
      expect(missing).toEqual([]);
    }
  });
});
