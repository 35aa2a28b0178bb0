import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DIFF_FORMAT_NAMES } from '../format/diff.js';
import { FORMAT_NAMES, type FormatName } from '../format/index.js';
import type { ClaimType } from '../types.js';
import { parseExtensions } from './inputs.js';
import { completionScript, SHELLS, type CompletionCommand, type CompletionOption, type CompletionSpec, type Shell } from './completion.js';

export type CommandName = 'extract' | 'sentences' | 'speakers' | 'diff';

export interface Options {
  readonly command: CommandName;
  readonly paths: readonly string[];
  readonly format: FormatName | null; // null: table on a terminal, json otherwise
  readonly types: readonly ClaimType[] | null;
  readonly speaker: string | null;
  readonly minConfidence: number;
  readonly all: boolean;
  readonly explain: boolean;
  readonly color: boolean | undefined; // --color / --no-color
  readonly verbose: boolean;
  readonly jobs: number | null; // null: available cores
  readonly input: 'text' | 'jsonl';
  readonly output: string | null; // -o FILE: written beside it, renamed at the end
  readonly extensions: readonly string[]; // --ext: read these too when walking a directory
  /** `claims diff` only: paths are [OLD, NEW]. */
  readonly diff?: DiffCommandOptions;
}

export interface DiffCommandOptions {
  readonly text: boolean; // OLD and NEW are two versions of an article, not claims files
  readonly doc: string | null; // --text: the doc both are extracted as (default: NEW's path)
  readonly stat: boolean;
  readonly similarity: number;
}

export type Parsed = { kind: 'run'; options: Options } | { kind: 'exit'; code: 0 | 2 };

export interface OutputSink {
  writeOut(s: string): void;
  writeErr(s: string): void;
}

const TYPES: readonly ClaimType[] = ['direct', 'mixed', 'indirect'];

function parseTypes(value: string): ClaimType[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const t of list) if (!TYPES.includes(t as ClaimType)) throw new InvalidArgumentError(`'${t}' is not a claim type (direct, mixed, indirect).`);
  if (list.length === 0) throw new InvalidArgumentError('give at least one type.');
  return list as ClaimType[];
}

function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1.');
  return n;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256.');
  return n;
}

function parseExt(value: string, previous: string[] | undefined): string[] {
  try {
    return [...(previous ?? []), ...parseExtensions(value)];
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
}

/** Listed in every --help, as in the README. */
const EXIT_STATUS = `
Exit status:
  0    every input was read
  1    some input could not be read or failed (the others are still written)
  2    usage error
  130  interrupted (Ctrl-C)`;

/** commander's `error: …` (and its `(Did you mean …?)` line) as one line that starts with `claims:`. */
export function claimsLine(message: string): string {
  const one = message.trimEnd().replace(/\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)').replace(/^error: /, '');
  return `claims: ${one}\n`;
}

export const COMMAND_NAMES: readonly string[] = ['extract', 'sentences', 'speakers', 'diff', 'completion'];

/** The parser's own table of commands and options, for `claims completion`. */
function completionSpec(program: Command): CompletionSpec {
  const help: CompletionOption = { short: '-h', long: '--help', value: false, description: 'show help' };
  const optionsOf = (cmd: Command): CompletionOption[] => [
    ...cmd.options.map((o): CompletionOption => ({
      ...(o.short ? { short: o.short } : {}),
      long: o.long ?? o.flags,
      value: o.required || o.optional,
      ...(o.argChoices ? { choices: o.argChoices } : {}),
      ...(o.long === '--output' ? { file: true } : {}),
      description: o.description,
    })),
    help,
  ];
  const commands: CompletionCommand[] = program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: optionsOf(c),
    paths: c.name() !== 'completion',
    ...(c.name() === 'completion' ? { words: SHELLS } : {}),
  }));
  commands.push({ name: 'help', description: "show a command's help", options: [], paths: false, words: program.commands.map((c) => c.name()) });
  return { name: program.name(), options: optionsOf(program), commands };
}

const EXAMPLES: Record<CommandName, string> = {
  extract: `
Examples:
  $ claims extract seeds/                          # a table in a terminal, JSON in a pipe
  $ claims extract articles/ -f jsonl > claims.jsonl
  $ claims extract 'articles/**/*.txt' --type direct --min-confidence 0.9
  $ claims extract story.txt --speaker "Chris Crane" -f md
  $ cat story.txt | claims extract - -f csv > claims.csv
  $ jq -c '{id, text}' corpus.jsonl | claims extract --input jsonl`,
  sentences: `
Examples:
  $ claims sentences story.txt
  $ claims sentences articles/ -f jsonl | jq -r .text`,
  speakers: `
Examples:
  $ claims speakers seeds/
  $ claims speakers articles/ -f csv > speakers.csv`,
  diff: `
Exit status: 0 no change, 1 changes, 2 trouble (unreadable or malformed file, usage error).

Examples:
  $ claims extract articles -f jsonl > new.jsonl && claims diff claims.jsonl new.jsonl
  $ claims diff --text story-v1.txt story-v2.txt
  $ claims diff old.jsonl new.jsonl --stat
  $ claims extract articles -f jsonl | claims diff claims.jsonl - -f jsonl`,
};

/** The command line, from a table of commands and options. Usage errors exit 2; help and version exit 0. */
export function parseOptions(argv: readonly string[], out: OutputSink, version: string): Parsed {
  let result: Options | null = null;
  const program = new Command('claims')
    .description('Extract who said what from news text: quotations, reported speech, speakers and cues, with exact offsets.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.writeOut(s), writeErr: (s) => out.writeErr(s), outputError: (s, write) => write(claimsLine(s)) })
    .showSuggestionAfterError(true)
    .helpCommand('help [command]', "show a command's help")
    .addHelpText('after', `
Commands write records to stdout and one line per problem to stderr.
${EXIT_STATUS}
  (claims diff: 0 no change, 1 changes, 2 trouble; see 'claims diff --help')

Run 'claims <command> --help' (or 'claims help <command>') for a command's options.

Examples:
  $ claims extract seeds/                          # who said what, as a table in a terminal
  $ claims extract articles/ -f jsonl > claims.jsonl
  $ claims sentences story.txt -f jsonl
  $ claims speakers articles/ -f csv > speakers.csv`);

  const common = (cmd: Command, name: CommandName, filters: boolean) => {
    // addCommand does not pass these settings on: each command maps its own usage errors to exit 2.
    cmd
      .exitOverride()
      .configureOutput({ writeOut: (s) => out.writeOut(s), writeErr: (s) => out.writeErr(s), outputError: (s, write) => write(claimsLine(s)) })
      .showSuggestionAfterError(true);
    cmd
      .argument('[paths...]', 'files, directories (.txt, .text, .md, recursively), quoted globs, or - for stdin')
      .addOption(new Option('-f, --format <name>', 'output format; default: table on a terminal, json otherwise').choices(FORMAT_NAMES as string[]))
      .option('--color', 'force colour in the table')
      .option('--no-color', 'no colour (also NO_COLOR=1, FORCE_COLOR=0 or TERM=dumb)')
      .addOption(new Option('-j, --jobs <n>', 'threads: this one and N - 1 workers; default: available cores').argParser(parseJobs))
      .option('-o, --output <file>', 'write to FILE (through a temporary file beside it, renamed at the end)')
      .addOption(new Option('--ext <list>', 'also read these extensions in a directory walk, e.g. story,markdown').argParser(parseExt))
      .option('--verbose', 'also name each file a directory walk skipped', false)
      .addOption(new Option('--input <kind>', 'read stdin as text, or as JSON Lines of {"id", "text"}').choices(['text', 'jsonl']).default('text'));
    if (filters) {
      cmd
        .addOption(new Option('-t, --type <list>', 'only these claim types, e.g. direct,mixed').argParser(parseTypes))
        .option('-s, --speaker <name>', 'only claims of this speaker (case-insensitive): its name, or a mention of it as written (not a pronoun) in the same document')
        .addOption(new Option('-c, --min-confidence <x>', 'only claims with at least this confidence (0 to 1)').argParser(parseConfidence).default(0))
        .option('-a, --all', 'also quotations with no speaker found (speaker: null)', false)
        .option('-e, --explain', 'show the rule behind each claim (table and md)', false);
    }
    cmd.addHelpText('after', EXIT_STATUS + '\n' + EXAMPLES[name]);
    cmd.action((paths: string[], o: Record<string, unknown>) => {
      if (o.input === 'jsonl' && paths.length > 0) {
        cmd.error(`error: --input jsonl reads standard input: give no PATH (got '${paths[0]}')`, { exitCode: 2, code: 'claims.usage' });
      }
      result = {
        command: name,
        paths,
        format: (o.format as FormatName | undefined) ?? null,
        types: (o.type as ClaimType[] | undefined) ?? null,
        speaker: (o.speaker as string | undefined) ?? null,
        minConfidence: (o.minConfidence as number | undefined) ?? 0,
        all: Boolean(o.all),
        explain: Boolean(o.explain),
        color: o.color as boolean | undefined,
        verbose: Boolean(o.verbose),
        jobs: (o.jobs as number | undefined) ?? null,
        input: (o.input as 'text' | 'jsonl') ?? 'text',
        output: (o.output as string | undefined) ?? null,
        extensions: (o.ext as string[] | undefined) ?? [],
      };
    });
    return cmd;
  };
  program.addCommand(common(new Command('extract').description('find claims: who said what, with the quotation, speaker and cue'), 'extract', true));
  program.addCommand(common(new Command('sentences').description('split into sentences: {doc, index, paragraph, start, end, text}'), 'sentences', false));
  program.addCommand(common(new Command('speakers').description('one record per speaker across the inputs, with counts'), 'speakers', true));
  program.addCommand(diffCommand(out, (options) => (result = options)));
  let printed = false; // a command that only prints (completion) ran
  program.addCommand(
    new Command('completion')
      .description('print a shell completion script: bash, zsh or fish')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS as unknown as string[]))
      .exitOverride()
      .configureOutput({ writeOut: (s) => out.writeOut(s), writeErr: (s) => out.writeErr(s), outputError: (s, write) => write(claimsLine(s)) })
      .addHelpText('after', `
Examples:
  $ source <(claims completion bash)                      # in ~/.bashrc
  $ claims completion zsh > "\${fpath[1]}/_claims"
  $ claims completion fish > ~/.config/fish/completions/claims.fish`)
      .action((shell: Shell) => {
        out.writeOut(completionScript(shell, completionSpec(program)));
        printed = true;
      }),
  );

  if (argv.length === 0) {
    // No command: one error line, then the help, on stderr, as a usage error.
    out.writeErr(`claims: give a command (${COMMAND_NAMES.join(', ')})\n\n` + program.helpInformation());
    return { kind: 'exit', code: 2 };
  }
  if (argv[0] === 'help' && argv[1] !== undefined && !COMMAND_NAMES.some((c) => c === argv[1])) {
    out.writeErr(claimsLine(`error: unknown command '${argv[1]}' (${COMMAND_NAMES.join(', ')})`) + "Run 'claims --help' for usage.\n");
    return { kind: 'exit', code: 2 };
  }
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return { kind: 'exit', code: 0 };
      // Point to the help of the command the error is in: the first word that is not an option.
      const first = argv.find((a) => !a.startsWith('-'));
      const command = COMMAND_NAMES.find((c) => c === first);
      out.writeErr(`Run 'claims${command ? ` ${command}` : ''} --help' for usage.\n`);
      return { kind: 'exit', code: 2 };
    }
    throw err;
  }
  if (printed) return { kind: 'exit', code: 0 };
  if (!result) {
    // No command given: one error line, then the help, on stderr, as a usage error.
    out.writeErr(`claims: give a command (${COMMAND_NAMES.join(', ')})\n\n` + program.helpInformation());
    return { kind: 'exit', code: 2 };
  }
  return { kind: 'run', options: result };
}

/** `claims diff OLD NEW`: its own small option set (no filters, no jobs, no --input). */
function diffCommand(out: OutputSink, done: (options: Options) => void): Command {
  const cmd = new Command('diff')
    .description('what changed between two claims files, or two versions of an article (--text)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.writeOut(s), writeErr: (s) => out.writeErr(s), outputError: (s, write) => write(claimsLine(s)) })
    .showSuggestionAfterError(true)
    .argument('<old>', 'claims file (JSON array or JSON Lines, as `claims extract` writes them), or - for stdin')
    .argument('<new>', 'claims file, or - for stdin')
    .option('--text', 'OLD and NEW are two versions of an article: extract both as the same document', false)
    .option('--doc <name>', 'with --text: the doc name both versions get (default: NEW as given)')
    .option('-a, --all', 'with --text: also quotations with no speaker found', false)
    .addOption(new Option('-f, --format <name>', 'output format; default: table on a terminal, json otherwise').choices(DIFF_FORMAT_NAMES as string[]))
    .option('--stat', 'counts of added, removed and changed claims only', false)
    .addOption(new Option('--similarity <x>', 'word overlap (Dice, 0 to 1) that pairs a removed and an added claim of one speaker as changed').argParser(parseConfidence).default(0.6))
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour (also NO_COLOR=1, FORCE_COLOR=0 or TERM=dumb)')
    .addHelpText('after', `
Exit status:
  0    no change
  1    changes (as diff and git diff --exit-code)
  2    trouble: a file that cannot be read or is malformed, or a usage error
  130  interrupted (Ctrl-C)
` + EXAMPLES.diff);
  cmd.action((oldPath: string, newPath: string, o: Record<string, unknown>) => {
    done({
      command: 'diff',
      paths: [oldPath, newPath],
      format: (o.format as FormatName | undefined) ?? null,
      types: null,
      speaker: null,
      minConfidence: 0,
      all: Boolean(o.all),
      explain: false,
      color: o.color as boolean | undefined,
      verbose: false,
      jobs: 1,
      input: 'text',
      output: null,
      extensions: [],
      diff: { text: Boolean(o.text), doc: (o.doc as string | undefined) ?? null, stat: Boolean(o.stat), similarity: o.similarity as number },
    });
  });
  return cmd;
}
