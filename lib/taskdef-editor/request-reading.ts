/**
 * Small readers over the request as parsed from the editor's text (any JSON), for finding the
 * container or port mapping an ECS message is about. They never throw on a wrong shape.
 */

export type Json = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listAt(value: unknown, key: string): readonly unknown[] {
  const list = isRecord(value) ? value[key] : undefined;
  return Array.isArray(list) ? list : [];
}

/** Each container definition that is an object, with its index in the list. */
export function containersOf(request: unknown): [number, Json][] {
  return listAt(request, 'containerDefinitions').flatMap((item, index): [number, Json][] =>
    isRecord(item) ? [[index, item]] : [],
  );
}

/** Each port mapping of a container that is an object, with its index. */
export function mappingsOf(container: Json): [number, Json][] {
  return listAt(container, 'portMappings').flatMap((item, index): [number, Json][] =>
    isRecord(item) ? [[index, item]] : [],
  );
}

/** ECS reads `null` as absent. */
export function field(record: Json, key: string): unknown {
  return record[key] === null ? undefined : record[key];
}

export function numberField(record: Json, key: string): number | undefined {
  const value = field(record, key);
  return typeof value === 'number' ? value : undefined;
}

export function stringField(record: Json, key: string): string | undefined {
  const value = field(record, key);
  return typeof value === 'string' ? value : undefined;
}

/** The container a message names: the first with that name (`''` is one without a name). */
export function containerNamed(request: unknown, name: string): [number, Json] | undefined {
  return containersOf(request).find(([, container]) => (stringField(container, 'name') ?? '') === name);
}
