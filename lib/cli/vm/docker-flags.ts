/**
 * Flag parsing in the style of spf13/pflag, which the docker CLI uses: `--name web`,
 * `--name=web`, `-d`, grouped shorthands (`-dp 8080:80`), and pflag's error wording.
 */
export interface FlagSpec {
  /** Long name → shorthand letter (or ''). */
  readonly booleans: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, string>>;
  /** Flags docker has but this console does not simulate. */
  readonly notSimulated?: readonly string[];
  /** `docker run` stops at the image; other commands accept flags anywhere. */
  readonly interspersed: boolean;
}

export type ParsedFlags =
  | {
      readonly ok: true;
      readonly flags: Readonly<Record<string, string | true>>;
      readonly positional: string[];
    }
  | { readonly ok: false; readonly error: string; readonly notSimulated?: string };

export function parseFlags(args: readonly string[], spec: FlagSpec): ParsedFlags {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  const byShort = new Map<string, { name: string; takesValue: boolean }>();
  for (const [name, short] of Object.entries(spec.booleans))
    if (short) byShort.set(short, { name, takesValue: false });
  for (const [name, short] of Object.entries(spec.values))
    if (short) byShort.set(short, { name, takesValue: true });
  const notSimulated = (flag: string): ParsedFlags => ({ ok: false, error: '', notSimulated: flag });
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      positional.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (!spec.interspersed) {
        positional.push(...args.slice(index));
        break;
      }
      positional.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (spec.notSimulated?.includes(`--${name}`)) return notSimulated(`--${name}`);
      if (name in spec.booleans) {
        flags[name] = true;
      } else if (name in spec.values) {
        const value = inline ?? args[++index];
        if (value === undefined) return { ok: false, error: `flag needs an argument: --${name}` };
        flags[name] = value;
      } else {
        return { ok: false, error: `unknown flag: --${name}` };
      }
      continue;
    }
    const letters = arg.slice(1);
    for (let i = 0; i < letters.length; i += 1) {
      const letter = letters[i] ?? '';
      if (spec.notSimulated?.includes(`-${letter}`)) return notSimulated(`-${letter}`);
      const flag = byShort.get(letter);
      if (flag === undefined) return { ok: false, error: `unknown shorthand flag: '${letter}' in ${arg}` };
      if (!flag.takesValue) {
        flags[flag.name] = true;
        continue;
      }
      const rest = letters.slice(i + 1).replace(/^=/, '');
      const value = rest !== '' ? rest : args[++index];
      if (value === undefined) return { ok: false, error: `flag needs an argument: '${letter}' in ${arg}` };
      flags[flag.name] = value;
      break;
    }
  }
  return { ok: true, flags, positional };
}

/** Docker's byte sizes for `-m`: a number and an optional unit b, k, m, g (kb, mb, KiB… too). */
export function parseMemoryMiB(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgt])?(?:i?b)?$/i.exec(text.trim());
  if (match === null) return null;
  const unit = (match[2] ?? 'b').toLowerCase();
  const power = { b: 0, k: 1, m: 2, g: 3, t: 4 }[unit] ?? 0;
  const bytes = Number(match[1]) * 1024 ** power;
  return Math.ceil(bytes / (1024 * 1024));
}
