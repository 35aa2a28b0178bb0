// Adapter for ../shared/eval/sbd/score.mjs: text on stdin, the sentences of `claims sentences` as a
// JSON array of strings on stdout. Build first (npm run build), then, from the repository:
//   node ../shared/eval/sbd/score.mjs ../shared/eval/sbd/golden-rules.json --cmd "node test/tools/sbd-adapter.mjs"
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/claims.js', import.meta.url));
const input = readFileSync(0, 'utf8');
const out = execFileSync(process.execPath, [bin, 'sentences', '-f', 'json', '-'], { input, encoding: 'utf8' });
process.stdout.write(JSON.stringify(JSON.parse(out || '[]').map((s) => s.text)));
