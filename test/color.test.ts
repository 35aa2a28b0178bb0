import { describe, expect, test } from 'vitest';
import { chalkFor, colorLevel } from '../src/cli/color.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };
const TERM = { TERM: 'xterm' };

describe('colorLevel', () => {
  test.each([
    ['a TTY', tty, TERM, undefined, 1],
    ['a pipe', pipe, TERM, undefined, 0],
    ['a stream without isTTY', {}, TERM, undefined, 0],
    ['TERM=dumb', tty, { TERM: 'dumb' }, undefined, 0],
    ['NO_COLOR=1', tty, { ...TERM, NO_COLOR: '1' }, undefined, 0],
    ['NO_COLOR=0 (any non-empty value)', tty, { ...TERM, NO_COLOR: '0' }, undefined, 0],
    ['an empty NO_COLOR', tty, { ...TERM, NO_COLOR: '' }, undefined, 1],
    ['--no-color', tty, TERM, false, 0],
    ['--no-color beats FORCE_COLOR', tty, { FORCE_COLOR: '3' }, false, 0],
    ['--color on a pipe', pipe, {}, true, 1],
    ['--color beats NO_COLOR', pipe, { NO_COLOR: '1' }, true, 1],
    ['--color beats TERM=dumb', tty, { TERM: 'dumb' }, true, 1],
    ['--color beats FORCE_COLOR=0', pipe, { FORCE_COLOR: '0' }, true, 1],
    ['--color at FORCE_COLOR depth', pipe, { FORCE_COLOR: '2' }, true, 2],
    ['FORCE_COLOR=1 on a pipe', pipe, { FORCE_COLOR: '1' }, undefined, 1],
    ['FORCE_COLOR=2', pipe, { FORCE_COLOR: '2' }, undefined, 2],
    ['FORCE_COLOR=3', pipe, { FORCE_COLOR: '3' }, undefined, 3],
    ['FORCE_COLOR=9 caps at 3', pipe, { FORCE_COLOR: '9' }, undefined, 3],
    ['FORCE_COLOR=true', pipe, { FORCE_COLOR: 'true' }, undefined, 1],
    ['FORCE_COLOR=yes', pipe, { FORCE_COLOR: 'yes' }, undefined, 1],
    ['FORCE_COLOR beats TERM=dumb', tty, { TERM: 'dumb', FORCE_COLOR: '1' }, undefined, 1],
    ['FORCE_COLOR=0 does not force', pipe, { FORCE_COLOR: '0' }, undefined, 0],
    ['FORCE_COLOR=false does not force', pipe, { FORCE_COLOR: 'false' }, undefined, 0],
    ['an empty FORCE_COLOR does not force', pipe, { FORCE_COLOR: '' }, undefined, 0],
    ['issue 18: FORCE_COLOR=0 turns colour off on a TTY', tty, { ...TERM, FORCE_COLOR: '0' }, undefined, 0],
    ['issue 18: FORCE_COLOR=false turns colour off on a TTY', tty, { ...TERM, FORCE_COLOR: 'false' }, undefined, 0],
    ['an empty FORCE_COLOR leaves a TTY to decide', tty, { ...TERM, FORCE_COLOR: '' }, undefined, 1],
    ['NO_COLOR beats FORCE_COLOR', tty, { ...TERM, NO_COLOR: '1', FORCE_COLOR: '3' }, undefined, 0],
    ['a 256-colour terminal', tty, { TERM: 'xterm-256color' }, undefined, 2],
    ['a truecolor terminal', tty, { TERM: 'xterm-256color', COLORTERM: 'truecolor' }, undefined, 3],
    ['no TERM at all on a TTY', tty, {}, undefined, 1],
  ] as const)('%s', (_name, stream, env, flag, level) => {
    expect(colorLevel(stream, env, flag)).toBe(level);
  });
});

describe('chalkFor', () => {
  test('level 0 prints no escapes', () => {
    expect(chalkFor(0).red('x')).toBe('x');
  });
  test('levels pick the escape depth', () => {
    expect(chalkFor(1).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(chalkFor(2).hex('#ff0000')('x')).toBe('\u001b[38;5;196mx\u001b[39m');
    expect(chalkFor(3).hex('#ff0000')('x')).toBe('\u001b[38;2;255;0;0mx\u001b[39m');
  });
  test('a new instance each time, independent of the global chalk', () => {
    expect(chalkFor(1)).not.toBe(chalkFor(1));
    expect(chalkFor(2).level).toBe(2);
  });
});
