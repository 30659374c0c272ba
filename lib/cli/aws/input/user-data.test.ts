import { describe, expect, it } from 'vitest';
import { decodeBase64UserData, encodeBase64UserData, MALFORMED_USER_DATA } from './user-data';

const SCRIPT = '#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\n';

describe('decodeBase64UserData', () => {
  it('decodes base64 user data to the UTF-8 script, ignoring line breaks and missing padding', () => {
    const encoded = encodeBase64UserData(SCRIPT);
    expect(decodeBase64UserData(encoded)).toEqual({ ok: true, text: SCRIPT });
    expect(decodeBase64UserData(`${encoded.slice(0, 20)}\n${encoded.slice(20)}`)).toEqual({
      ok: true,
      text: SCRIPT,
    });
    expect(decodeBase64UserData('aGk')).toEqual({ ok: true, text: 'hi' });
    expect(decodeBase64UserData(encodeBase64UserData('café ✓'))).toEqual({ ok: true, text: 'café ✓' });
  });

  it('refuses text outside the base64 alphabet with EC2’s InvalidUserData.Malformed', () => {
    expect(decodeBase64UserData(SCRIPT)).toEqual({ ok: false, error: MALFORMED_USER_DATA });
    expect(decodeBase64UserData('abcde')).toEqual({ ok: false, error: MALFORMED_USER_DATA });
    expect(MALFORMED_USER_DATA).toEqual({
      code: 'InvalidUserData.Malformed',
      message: 'Invalid BASE64 encoding of user data.',
    });
  });
});

describe('encodeBase64UserData', () => {
  it('encodes the UTF-8 bytes, as the CLI does for --user-data', () => {
    expect(encodeBase64UserData('hi')).toBe('aGk=');
    expect(encodeBase64UserData('é')).toBe('w6k=');
  });
});
