import type { CliContext } from '../../types';
import { pythonInt, PythonValueError } from '../../aws/input/python-convert';
import type { ParamDef, RawValue } from './parse-args';
import { loadParamValue, parseStructure, readInputJson } from './input-adapter';
import { paramShape } from './request-shape';

/**
 * Step two of the CLI's argument handling: each given parameter's words become the API value
 * (awscli/argprocess.py `unpack_cli_arg`), in the argument table's order, then `--cli-input-json`
 * fills the members not given on the line (awscli/customizations/cliinput.py). The result is the
 * request botocore validates and sends.
 */

export type ApiInput = Readonly<Record<string, unknown>>;

export type BuiltInput =
  { readonly ok: true; readonly input: ApiInput } | { readonly ok: false; readonly error: string };

function convert(
  param: ParamDef,
  raw: RawValue,
  context: CliContext,
): { ok: true; value: unknown } | { ok: false; error: string } {
  switch (param.kind) {
    case 'boolean':
      return { ok: true, value: raw === true };
    case 'strings':
      return { ok: true, value: typeof raw === 'string' ? [raw] : raw };
    case 'string':
    case 'integer': {
      const word = typeof raw === 'string' ? raw : '';
      // Any scalar may be read from a file (awscli/paramfile.py, the load-cli-arg event).
      const loaded = loadParamValue(word, param.flag, context);
      if (!loaded.ok) return loaded;
      if (param.kind === 'string') return { ok: true, value: loaded.text };
      // The CLI does not wrap int()'s ValueError: Python's own message is what it prints.
      try {
        return { ok: true, value: pythonInt(loaded.text) };
      } catch (error) {
        if (error instanceof PythonValueError) return { ok: false, error: error.message };
        throw error;
      }
    }
    case 'structure':
    case 'list': {
      const words = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? (raw as readonly string[]) : [];
      const parsed = parseStructure(words, param.flag, paramShape(param), context);
      return parsed.ok ? { ok: true, value: parsed.value } : parsed;
    }
    default: {
      const unreachable: never = param.kind;
      return unreachable;
    }
  }
}

/** Sets a member even when its name is `__proto__` (JSON may carry any key). */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Builds the request: the parameters given (in spec order), then `--cli-input-json`'s members that
 * the line did not set. Errors are the CLI's own (`Error parsing parameter …`, `invalid literal
 * for int() …`).
 */
export function buildInput(
  params: readonly ParamDef[],
  values: ReadonlyMap<string, RawValue>,
  cliInputJson: string | null,
  context: CliContext,
): BuiltInput {
  const input: Record<string, unknown> = {};
  for (const param of params) {
    const raw = values.get(param.flag);
    if (raw === undefined) continue;
    const converted = convert(param, raw, context);
    if (!converted.ok) return converted;
    input[param.member] = converted.value;
  }
  if (cliInputJson !== null) {
    const loaded = readInputJson(cliInputJson, context);
    if (!loaded.ok) return loaded;
    for (const [key, value] of Object.entries(loaded.value))
      if (!Object.hasOwn(input, key)) setMember(input, key, value);
  }
  return { ok: true, input };
}
