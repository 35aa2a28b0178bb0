import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The layout STYLE.md promises: small files, imports one way (cli → pipeline → nlp, rules, text; formatters
// import only types), no import cycles.
const SRC = path.resolve(import.meta.dirname, '../src');

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** The relative imports of a file: [target file relative to src, type-only]. */
function imports(file: string): [string, boolean][] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)(\s+type)?\s[^;]*?from '(\.[^']+)';/gmu)].map((m) => [
    path.relative(SRC, path.resolve(path.dirname(file), m[2]!.replace(/\.js$/u, '.ts'))), m[1] !== undefined,
  ]);
}

const FILES = sources();
const GRAPH = new Map(FILES.map((f) => [path.relative(SRC, f), imports(f)]));
const area = (rel: string) => rel.split(path.sep)[0]!.replace(/\.ts$/u, '');

describe('source layout', () => {
  test('the import graph is not vacuous', () => {
    expect([...GRAPH.values()].flat().length).toBeGreaterThan(100);
    expect(GRAPH.get(path.join('pipeline', 'extract.ts'))!.map(([d]) => d)).toContain(path.join('pipeline', 'entities.ts'));
  });

  test('no source file is over 400 lines', () => {
    expect(FILES.map((f) => [path.relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 400)).toEqual([]);
  });

  test.each([
    ['rules', ['rules', 'types']],
    ['text', ['text', 'types']],
    ['nlp', ['nlp', 'rules', 'text', 'types']],
    ['pipeline', ['pipeline', 'nlp', 'rules', 'text', 'types']],
    ['format', ['format', 'types', 'text']],
  ])('%s imports only from %j', (from, allowed) => {
    const bad = [...GRAPH].filter(([f]) => area(f) === from).flatMap(([f, deps]) => deps.filter(([d]) => !allowed.includes(area(d))).map(([d]) => `${f} → ${d}`));
    expect(bad).toEqual([]);
  });

  test('formatters import only types (and the text helpers beside them)', () => {
    const formatters = ['csv', 'json', 'jsonl', 'markdown', 'table'].map((n) => path.join('format', `${n}.ts`));
    const bad = formatters.flatMap((f) => GRAPH.get(f)!.filter(([d, typeOnly]) => !typeOnly && d !== path.join('format', 'wrap.ts')).map(([d]) => `${f} → ${d}`));
    expect(bad).toEqual([]);
  });

  test('no import cycles, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>(); // 1: on the path, 2: done
    const visit = (f: string, trail: string[]): void => {
      state.set(f, 1);
      for (const [d] of GRAPH.get(f) ?? []) {
        if (state.get(d) === 1) cycles.push([...trail.slice(trail.indexOf(d)), d].join(' → '));
        else if (!state.has(d)) visit(d, [...trail, d]);
      }
      state.set(f, 2);
    };
    for (const f of GRAPH.keys()) if (!state.has(f)) visit(f, [f]);
    expect(cycles).toEqual([]);
  });
});
