import type { Json } from '../../../sim/core/types';
import { NO_FILES, type CliContext } from '../../types';
import { loadParamFile, paramError } from './paramfile';
import { parsePythonJson } from './python-json';
import { pythonStrip, pythonTypeName } from './python-text';

/**
 * `--cli-input-json`, as aws-cli's `awscli/customizations/cliinput.py` reads it: the value (or the
 * `file://` it names) must be a JSON object, whose keys become the operation's parameters; options
 * given on the command line win over the file's (the caller merges).
 *
 * Two quirks of the real CLI are kept. A missing file is reported by the generic paramfile
 * handler, which names the option with its dashes (`'--cli-input-json'`); bad JSON is reported by
 * the argument itself, which names it without them and does not say what is wrong:
 * `Error parsing parameter 'cli-input-json': Invalid JSON received.` (both seen verbatim in public
 * issue threads, e.g. openshift/cloud-credential-operator#761). A value that is JSON but not an
 * object is reported with the dashes again (`Invalid type: expecting map, received <class 'list'>`).
 */
export type CliInputJsonResult =
  | { readonly ok: true; readonly value: { readonly [key: string]: Json } }
  | { readonly ok: false; readonly error: string };

const ARGUMENT = 'cli-input-json';

/** Whether a JSON text's top-level number was written as a float, which Python types apart. */
const isFloatLiteral = (text: string): boolean => !/^-?\d+$/.test(pythonStrip(text));

export function readCliInputJson(value: string, context: CliContext = NO_FILES): CliInputJsonResult {
  const loaded = loadParamFile(value, `--${ARGUMENT}`, context);
  if (!loaded.ok) return loaded;
  const parsed = parsePythonJson(loaded.text);
  if (!parsed.ok) {
    if (parsed.exception === 'RecursionError') return { ok: false, error: parsed.message };
    return { ok: false, error: paramError(ARGUMENT, 'Invalid JSON received.') };
  }
  const result = parsed.value;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) {
    const type = pythonTypeName(result, typeof result === 'number' && isFloatLiteral(loaded.text));
    return { ok: false, error: paramError(`--${ARGUMENT}`, `Invalid type: expecting map, received ${type}`) };
  }
  return { ok: true, value: result as { readonly [key: string]: Json } };
}
