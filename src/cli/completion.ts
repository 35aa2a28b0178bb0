/**
 * `claims completion bash|zsh|fish`: a completion script, generated from the same table of commands and
 * options the parser is built from (options.ts hands it over), so a new option completes without an edit here.
 */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CompletionOption {
  readonly short?: string; // `-f`
  readonly long: string; // `--format`
  readonly value: boolean; // takes an argument
  readonly choices?: readonly string[]; // the values it takes, when they are a list
  readonly file?: boolean; // the value is a file name (`-o FILE`)
  readonly description: string;
}

export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  readonly options: readonly CompletionOption[];
  readonly paths: boolean; // takes files and directories as arguments
  readonly words?: readonly string[]; // or these words (`help extract`, `completion bash`)
}

export interface CompletionSpec {
  readonly name: string; // the program: `claims`
  readonly options: readonly CompletionOption[]; // before a command (`--help`, `--version`)
  readonly commands: readonly CompletionCommand[];
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

const flagsOf = (o: CompletionOption) => (o.short ? [o.short, o.long] : [o.long]);
const fn = (spec: CompletionSpec) => `_${spec.name.replace(/[^A-Za-z0-9_]/g, '_')}`;

function bashScript(spec: CompletionSpec): string {
  const f = fn(spec);
  const top = [...spec.commands.map((c) => c.name), ...spec.options.flatMap(flagsOf)].join(' ');
  const cases = spec.commands.map((c) => {
    const lines = [`    ${c.name})`];
    const valued = c.options.filter((o) => o.value);
    if (valued.length > 0) {
      lines.push('      case "$prev" in');
      for (const o of valued) {
        const reply = o.choices ? `COMPREPLY=($(compgen -W ${shq(o.choices.join(' '))} -- "$cur"))` : o.file ? 'COMPREPLY=($(compgen -f -- "$cur"))' : 'COMPREPLY=()';
        lines.push(`        ${flagsOf(o).join('|')}) ${reply}; return ;;`);
      }
      lines.push('      esac');
    }
    const flags = [...c.options.flatMap(flagsOf)].join(' ');
    lines.push(`      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${shq(flags)} -- "$cur"))`);
    if (c.words) lines.push(`      else COMPREPLY=($(compgen -W ${shq(c.words.join(' '))} -- "$cur"))`);
    else if (c.paths) lines.push('      else COMPREPLY=($(compgen -f -- "$cur"))');
    lines.push('      fi', '      ;;');
    return lines.join('\n');
  });
  return `# bash completion for ${spec.name}: source <(${spec.name} completion bash), or save it in
# ~/.local/share/bash-completion/completions/${spec.name}
${f}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${spec.commands.map((c) => c.name).join('|')}) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command" in
    "") COMPREPLY=($(compgen -W ${shq(top)} -- "$cur")) ;;
${cases.join('\n')}
  esac
}
complete -o filenames -o bashdefault -F ${f} ${spec.name}
`;
}

function zshScript(spec: CompletionSpec): string {
  const f = fn(spec);
  const spec1 = (o: CompletionOption): string[] => {
    const desc = `[${zshDesc(o.description)}]`;
    const arg = !o.value ? '' : o.choices ? `:${o.long.slice(2)}:(${o.choices.join(' ')})` : o.file ? `:file:_files` : `:${o.long.slice(2)}: `;
    if (!o.short) return [`'${o.long}${desc}${arg}'`];
    return [`'(${o.short} ${o.long})'{${o.short},${o.long}}'${desc}${arg}'`];
  };
  const commands = spec.commands.map((c) => `    '${zq(c.name)}:${zq(c.description.replace(/:/g, '\\:'))}'`).join('\n');
  const cases = spec.commands.map((c) => {
    const args = [...c.options.flatMap(spec1)];
    if (c.words) args.push(`'1:word:(${c.words.join(' ')})'`);
    else if (c.paths) args.push(`'*:file:_files'`);
    return `    ${c.name})\n      _arguments -s \\\n        ${args.join(' \\\n        ')}\n      ;;`;
  });
  return `#compdef ${spec.name}
# zsh completion for ${spec.name}: source <(${spec.name} completion zsh), or save it as _${spec.name} in a
# directory of your $fpath
${f}() {
  local -a commands
  commands=(
${commands}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands command commands
    _arguments ${spec.options.flatMap(spec1).join(' ')}
    return
  fi
  local command=$words[2]
  shift words
  (( CURRENT-- ))
  case $command in
${cases.join('\n')}
  esac
}
if [ "$funcstack[1]" = "${f}" ]; then
  ${f} "$@"
else
  compdef ${f} ${spec.name}
fi
`;
}

function fishScript(spec: CompletionSpec): string {
  const names = spec.commands.map((c) => c.name).join(' ');
  const opt = (o: CompletionOption, when: string): string => {
    const parts = [`complete -c ${spec.name} -n ${fq(when)}`];
    if (o.short) parts.push(`-s ${o.short.slice(1)}`);
    parts.push(`-l ${o.long.slice(2)}`);
    if (o.value) parts.push(o.choices ? `-x -a ${fq(o.choices.join(' '))}` : o.file ? '-r -F' : '-x');
    parts.push(`-d ${fq(o.description)}`);
    return parts.join(' ');
  };
  const lines = [
    `# fish completion for ${spec.name}: ${spec.name} completion fish > ~/.config/fish/completions/${spec.name}.fish`,
    `complete -c ${spec.name} -f`,
    ...spec.options.map((o) => opt(o, '__fish_use_subcommand')),
  ];
  for (const c of spec.commands) {
    const when = `__fish_seen_subcommand_from ${c.name}`;
    lines.push(`complete -c ${spec.name} -n ${fq(`__fish_use_subcommand; and not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${fq(c.description)}`);
    for (const o of c.options) lines.push(opt(o, when));
    if (c.words) lines.push(`complete -c ${spec.name} -n ${fq(when)} -x -a ${fq(c.words.join(' '))}`);
    else if (c.paths) lines.push(`complete -c ${spec.name} -n ${fq(when)} -F`);
  }
  return lines.join('\n') + '\n';
}

/** A word for sh/bash in single quotes. */
function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** Inside a zsh single-quoted string. */
function zq(s: string): string {
  return s.replace(/'/g, `'\\''`);
}
/** An _arguments description: no brackets, quotes safe. */
function zshDesc(s: string): string {
  return zq(s.replace(/\[/g, '(').replace(/\]/g, ')'));
}
/** A fish single-quoted string. */
function fq(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
