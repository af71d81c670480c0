import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACCESS_ACTIONS, isAccessAction } from '@vardflata/domain';

/**
 * Every action code the server writes to the access log has words for the log review and the
 * register extract (packages/domain/src/access-log/actions.ts). The type of
 * `AccessLogEntry.action` already refuses unknown codes at compile time; this test reads the
 * source with the TypeScript parser as well, so a code that reaches the log through a `string`
 * (a cast, a helper typed loosely) is caught too.
 */

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The string literals an expression can evaluate to (a literal, or either arm of `? :`). */
function literals(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) {
    return [...literals(node.whenTrue), ...literals(node.whenFalse)];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
    return literals(node.expression);
  }
  // `(audience) => audience === 'person' ? 'sip.own-view-pdf' : 'sip.plan-pdf'`
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return literals(node.body);
  return [];
}

const nameOf = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isIdentifier(node) || ts.isStringLiteral(node)) ? node.text : undefined;

/**
 * Codes written as `action: '…'`, `const action = …`, or passed where a function (declared
 * anywhere in the server) takes a parameter named `action`.
 */
function writtenCodes(): Map<string, string[]> {
  const files = sourceFiles(SERVER_SRC).map((file) =>
    ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
  );
  // First pass: which functions take an `action` parameter, and at which position.
  const actionParameter = new Map<string, number>();
  const noteFunction = (name: string | undefined, fn: ts.SignatureDeclarationBase) => {
    const index = fn.parameters.findIndex((p) => nameOf(p.name) === 'action');
    if (name && index >= 0) actionParameter.set(name, index);
  };
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node)) noteFunction(node.name?.text, node);
      if (
        ts.isVariableDeclaration(node) &&
        node.initializer &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
      ) {
        noteFunction(nameOf(node.name), node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  // Second pass: the codes.
  const found = new Map<string, string[]>();
  const add = (codes: string[], file: ts.SourceFile, node: ts.Node) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    const where = `${path.relative(SERVER_SRC, file.fileName)}:${line + 1}`;
    for (const code of codes) found.set(code, [...(found.get(code) ?? []), where]);
  };
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && nameOf(node.name) === 'action') {
        add(literals(node.initializer), file, node);
      }
      if (ts.isVariableDeclaration(node) && nameOf(node.name) === 'action' && node.initializer) {
        add(literals(node.initializer), file, node);
      }
      if (ts.isCallExpression(node)) {
        const callee = ts.isIdentifier(node.expression)
          ? node.expression.text
          : ts.isPropertyAccessExpression(node.expression)
            ? node.expression.name.text
            : undefined;
        const index = callee ? actionParameter.get(callee) : undefined;
        const argument = index === undefined ? undefined : node.arguments[index];
        if (argument) add(literals(argument), file, argument);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('access-log action codes', () => {
  const codes = writtenCodes();

  it('finds the codes the modules write (the scan itself works)', () => {
    for (const known of [
      'person.read', // an `action:` property
      'sip.read', // an argument of withSip(…, action, …)
      'organisation.create', // an argument of logAdministration(…, action, …)
      'sip.own-view-pdf', // an arrow that picks the code: `(a) => … ? … : …`
      'screening.list', // an argument of readEntries(…, action, …)
    ]) {
      expect([...codes.keys()], known).toContain(known);
    }
    expect(codes.size).toBeGreaterThan(40);
  });

  it('has words for every code the server writes', () => {
    const unknown = [...codes].filter(([code]) => !isAccessAction(code));
    expect(
      unknown.map(([code, where]) => `${code} (${where.join(', ')})`),
      'add these to packages/domain/src/access-log/actions.ts',
    ).toEqual([]);
  });

  it('keeps no words for a code nothing writes any more', () => {
    // The SIP endings are written through `sip.${how.type}` (close, refuse, withdraw).
    const written = new Set([...codes.keys(), 'sip.close', 'sip.refuse', 'sip.withdraw']);
    const unused = Object.keys(ACCESS_ACTIONS).filter((code) => !written.has(code));
    expect(unused).toEqual([]);
  });
});
