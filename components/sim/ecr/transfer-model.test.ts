import { describe, expect, it } from 'vitest';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { ecrAfter } from './ecr-test-driver';
import { lastTransfer } from './transfer-model';

const WEB = `${REGISTRY_HOST}/web`;
const LOGIN = `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;

describe('lastTransfer', () => {
  it('is null before anything was pushed or pulled', () => {
    expect(lastTransfer(ecrAfter('built').events)).toBeNull();
  });

  it('reads a push and how many layers it uploaded, and stays on it while other things happen', () => {
    const { events } = ecrAfter('built', [
      `docker tag web:1.0 ${WEB}:1.0`,
      LOGIN,
      `docker push ${WEB}:1.0`,
      'sleep 30',
    ]);
    expect(lastTransfer(events)).toMatchObject({
      direction: 'push',
      outcome: 'done',
      message: 'Pushed web:1.0: 7 layers uploaded, 0 already in the repository',
      immutable: null,
    });
    expect(events.at(-1)?.kind).toBe('scan-complete');
  });

  it('reads a pull after a push as the newer transfer, with a new index', () => {
    const pushed = ecrAfter('immutable');
    const pulled = ecrAfter('immutable', [`docker pull ${WEB}:1.0`]);
    expect(lastTransfer(pulled.events)).toMatchObject({ direction: 'pull', outcome: 'done' });
    expect(lastTransfer(pulled.events)?.index).toBeGreaterThan(
      lastTransfer(pushed.events)?.index ?? Infinity,
    );
  });

  it('reads the immutable-tag refusal with the tag and repository it names', () => {
    const { events, output } = ecrAfter('immutable', [
      `docker build -t ${WEB}:1.0 --label v=2 .`,
      `docker push ${WEB}:1.0`,
    ]);
    expect(output).toContain(
      "tag invalid: The image tag '1.0' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.",
    );
    expect(lastTransfer(events)).toMatchObject({
      direction: 'push',
      outcome: 'refused',
      immutable: { tag: '1.0', repository: 'web' },
    });
  });

  it('tells a push without credentials from a pull without them', () => {
    const push = ecrAfter('built', [`docker tag web:1.0 ${WEB}:1.0`, `docker push ${WEB}:1.0`]);
    expect(lastTransfer(push.events)).toMatchObject({
      direction: 'push',
      outcome: 'refused',
      message: 'no basic auth credentials',
    });
    const pull = ecrAfter('built', [`docker pull ${WEB}:1.0`]);
    expect(lastTransfer(pull.events)).toMatchObject({ direction: 'pull', outcome: 'refused' });
  });

  it('ignores refusals that are not pushes or pulls', () => {
    const { events } = ecrAfter('built', [
      'aws ecr delete-repository --repository-name nope',
      'docker tag nope:1 web:2',
    ]);
    expect(events.at(-1)?.kind).toBe('api-error');
    expect(lastTransfer(events)).toBeNull();
  });
});
