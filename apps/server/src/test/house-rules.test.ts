import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of decision 0010, checked on the source tree so that they stay true: no file
 * over 400 lines in `modules/` or `features/`, SQL only in repositories, one use case per file,
 * and every form control from the form kit. Each failure names the file and the rule.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const MODULES = path.join(ROOT, 'apps/server/src/modules');
const FEATURES = path.join(ROOT, 'apps/web/src/features');
const MAX_LINES = 400;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file);
const isTest = (file: string) => /\.(test|fixtures)\.tsx?$/.test(file);
const lineCount = (file: string) => fs.readFileSync(file, 'utf8').split('\n').length;

describe('house rules', () => {
  it(`keeps every file in modules/ and features/ at ${MAX_LINES} lines or fewer`, () => {
    const long = [...filesUnder(MODULES), ...filesUnder(FEATURES)]
      .map((file) => ({ file: relative(file), lines: lineCount(file) }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('keeps SQL in repositories: no query builder or sql tag elsewhere in a module', () => {
    const query = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql(<[^>]*>)?`/;
    const offenders = filesUnder(MODULES)
      .filter((file) => !isTest(file))
      .filter((file) => !file.includes(`${path.sep}repositories${path.sep}`))
      .filter((file) => !file.endsWith('.repository.ts'))
      .filter((file) => query.test(fs.readFileSync(file, 'utf8')))
      .map(relative);
    expect(offenders).toEqual([]);
  });

  it('has one use case per file in every use-cases folder', () => {
    // A use-case file exports its use case and nothing else that runs (types may go with it);
    // what several use cases share lives in the module's policy, context, presenter or
    // repository, or in a `use-cases/<topic>.shared.ts` file, which is not a use case (skipped).
    const exportedValue = /^export (async function|function|const|let|class) \w+/gm;
    const offenders = filesUnder(MODULES)
      .filter((file) => !isTest(file))
      .filter((file) => file.includes(`${path.sep}use-cases${path.sep}`))
      .filter((file) => !file.endsWith('.shared.ts'))
      .map((file) => ({
        file: relative(file),
        exportedValues: (fs.readFileSync(file, 'utf8').match(exportedValue) ?? []).length,
      }))
      .filter((f) => f.exportedValues !== 1);
    expect(offenders).toEqual([]);
  });

  it('takes every form control from the form kit', () => {
    // A custom control inside the kit's Fieldset, as the form kit's README allows: the
    // questionnaire items' radio buttons carry points and the instrument's own layout.
    const customInsideKit = new Set(['apps/web/src/features/screenings/QuestionnaireItem.tsx']);
    const offenders = filesUnder(FEATURES)
      .filter((file) => !isTest(file))
      .filter((file) => /<(input|select|textarea)\b/.test(fs.readFileSync(file, 'utf8')))
      .map(relative)
      .filter((file) => !customInsideKit.has(file));
    expect(offenders).toEqual([]);
  });

  it('finds the folders it checks (a moved tree must not make the rules pass by accident)', () => {
    expect(filesUnder(MODULES).length).toBeGreaterThan(100);
    expect(filesUnder(FEATURES).length).toBeGreaterThan(50);
  });
});
