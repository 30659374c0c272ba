import { describe, expect, it } from 'vitest';
import { ECS_EXAMPLE_FILES } from '../sim/ecs/example-files';
import { draftFamily, draftFileName, fileStem } from './draft-file-name';

describe('draftFileName', () => {
  it("names the seed's draft after its family", () => {
    expect(draftFileName(ECS_EXAMPLE_FILES['webserver.json'] ?? '')).toBe('webserver.json');
  });

  it('keeps only lower-case letters, digits, - and _', () => {
    expect(fileStem('My Web_App.v2')).toBe('my-web_app-v2');
    expect(draftFileName('{"family": "../../etc/passwd"}')).toBe('etc-passwd.json');
  });

  it('falls back to taskdef.json for broken JSON, a missing family or one with nothing usable', () => {
    expect(draftFileName('{"family": "web",')).toBe('taskdef.json');
    expect(draftFileName('{"containerDefinitions": []}')).toBe('taskdef.json');
    expect(draftFileName('{"family": 7}')).toBe('taskdef.json');
    expect(draftFileName('{"family": "!!!"}')).toBe('taskdef.json');
    expect(draftFileName('[]')).toBe('taskdef.json');
  });

  it('reads the family as Python would, the last of duplicate keys winning', () => {
    expect(draftFamily('{"family": "a", "family": "b"}')).toBe('b');
  });
});
