import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * The package as a user gets it: `npm pack` (of the build `npm test` just made; scripts skipped, so no
 * second build), installed into an empty project, imported by name, and type-checked as a consumer.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'claims-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const npm = (args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

describe('npm pack', () => {
  test('ships dist, bin, README, LICENSE and names.json; no sources, tests or fixtures', () => {
    const r = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT);
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const need of ['package.json', 'README.md', 'LICENSE', 'bin/claims.js', 'dist/index.js', 'dist/index.d.ts', 'dist/types.d.ts', 'dist/cli/main.js', 'dist/run/worker-thread.js', 'dist/nlp/names.json']) {
      expect(files).toContain(need);
    }
    const stray = files.filter((f) => /^(src|test|fixtures|seeds|node_modules)\//.test(f) || f.startsWith('dist/nlp/build-lexicon') || /\.(ts|map)$/.test(f) && !f.endsWith('.d.ts'));
    expect(stray).toEqual([]);
    expect(files.filter((f) => !/^(dist|bin)\//.test(f)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
  });

  // One slow test: pack, install, import, type-check. Dependencies come from the npm cache (--offline);
  // when it lacks them, from the registry (--prefer-offline); with neither, the unpacked tarball is placed in
  // node_modules by hand with the repository's own dependencies linked beside it.
  test('the packed package installs into an empty project; `import { extract } from "claims"` works and type-checks', { timeout: 240_000 }, () => {
    const packed = npm(['pack', '--ignore-scripts', '--pack-destination', tmp, '--json'], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(tmp, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
    expect(existsSync(tarball)).toBe(true);

    const project = path.join(tmp, 'consumer');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    let how = 'npm install --offline';
    let installed = npm(['install', '--offline', '--ignore-scripts', tarball], project);
    if (installed.status !== 0) {
      how = 'npm install --prefer-offline';
      installed = npm(['install', '--prefer-offline', '--ignore-scripts', tarball], project);
    }
    if (installed.status !== 0) {
      how = 'unpacked by hand';
      const into = path.join(project, 'node_modules/claims');
      mkdirSync(into, { recursive: true });
      expect(spawnSync('tar', ['-xzf', tarball, '-C', into, '--strip-components', '1']).status).toBe(0);
      for (const dep of Object.keys(PKG.dependencies)) symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(project, 'node_modules', dep), 'dir');
    }
    console.log(`claims ${PKG.version} installed from the tarball: ${how}`);
    expect(readdirSync(path.join(project, 'node_modules/claims/dist')).sort()).toEqual(expect.arrayContaining(['index.d.ts', 'index.js']));

    // import by name, in a plain ESM project
    const script = `import { extract, extractAll, speakers } from 'claims';
const claims = extract('“We will win,” said Jane Doe.', { doc: 'a.txt' });
const many = [];
for await (const d of extractAll([{ id: 'x', text: '“No,” he said.' }, { id: 'y', text: '“Yes,” said Jane Doe.' }], { jobs: 2 })) many.push(d.doc);
console.log(JSON.stringify({ claims, speakers: speakers(claims).map((s) => s.name), many }));`;
    writeFileSync(path.join(project, 'use.mjs'), script);
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const got = JSON.parse(run.stdout) as { claims: { doc: string; quote: { text: string }; speaker: { name: string } }[]; speakers: string[]; many: string[] };
    expect(got.claims.map((c) => [c.doc, c.quote.text, c.speaker.name])).toEqual([['a.txt', 'We will win,', 'Jane Doe']]);
    expect(got.speakers).toEqual(['Jane Doe']);
    expect(got.many).toEqual(['x', 'y']);

    // the bin, from the installed package
    const bin = spawnSync(process.execPath, [path.join(project, 'node_modules/claims/bin/claims.js'), '--version'], { encoding: 'utf8' });
    expect(bin.stdout.trim()).toBe(PKG.version);

    // a TypeScript consumer, strict, without @types/node and without skipLibCheck: the types are complete
    writeFileSync(path.join(project, 'consumer.ts'), `import { extract, extractAll, speakers, sentences, format, type Claim, type Speaker, type Cue, type SpeakerRecord, type SentenceRecord } from 'claims';
const claims: Claim[] = extract('“Yes,” said Jane Doe.', { doc: 'a.txt' });
const who: Speaker | null = claims[0]?.speaker ?? null;
const cue: Cue | null = claims[0]?.cue ?? null;
const records: SpeakerRecord[] = speakers(claims);
const split: SentenceRecord[] = sentences('One. Two.');
const csv: string = format('claims', claims, 'csv');
export async function count(): Promise<number> {
  let n = 0;
  for await (const d of extractAll([{ id: 'x', text: 'y' }], { jobs: 1, filter: { types: ['direct'] } })) n += d.claims.length;
  return n;
}
// @ts-expect-error: not a format
format('claims', claims, 'xml');
// @ts-expect-error: a claim's type is direct, mixed or indirect
const bad: Claim['type'] = 'quoted';
export const all = [who?.name, cue?.lemma, records.length, split.length, csv.length, bad];
`);
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['consumer.ts'],
    }));
    const tsc = spawnSync(process.execPath, [TSC, '-p', '.'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
