/**
 * `sleep` durations, GNU style: a number with an optional suffix s, m, h (or d), several
 * arguments add up (`sleep 1m 30s`). The console caps one line at an hour of simulated time.
 */
export const MAX_SLEEP_MS = 60 * 60 * 1000;

const UNIT_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export type ParsedSleep =
  { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly error: string };

export function parseSleep(args: readonly string[], maxMs = MAX_SLEEP_MS): ParsedSleep {
  const tryHelp = "Try 'sleep --help' for more information.";
  if (args.length === 0) return { ok: false, error: `sleep: missing operand\n${tryHelp}` };
  let total = 0;
  for (const arg of args) {
    const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    const unit = UNIT_MS[match?.[2] ?? ''];
    if (match === null || unit === undefined)
      return { ok: false, error: `sleep: invalid time interval ‘${arg}’\n${tryHelp}` };
    total += Number(match[1]) * unit;
  }
  const ms = Math.round(total);
  if (ms > maxMs) {
    const most = maxMs >= UNIT_MS['d']! ? `${Math.floor(maxMs / UNIT_MS['d']!)}d` : `${Math.floor(maxMs / UNIT_MS['h']!)}h`;
    return {
      ok: false,
      error: `Dockyard: one sleep can let at most ${most} of simulated time pass; use several lines or the timeline.`,
    };
  }
  return { ok: true, ms };
}
