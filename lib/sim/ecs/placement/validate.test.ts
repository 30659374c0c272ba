import { describe, expect, it } from 'vitest';
import { validatePlacement } from './validate';

const refused = (message: string) => ({ code: 'InvalidParameterException', message });

describe('validatePlacement', () => {
  it('accepts the documented constraints and strategies (§4.2, §4.3)', () => {
    expect(
      validatePlacement(
        [
          { type: 'distinctInstance' },
          { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' },
        ],
        [
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
          { type: 'spread', field: 'instanceId' },
          { type: 'spread', field: 'host' },
          { type: 'binpack', field: 'memory' },
          { type: 'binpack', field: 'CPU' },
          { type: 'random' },
        ],
        'EC2',
      ),
    ).toBeNull();
    expect(validatePlacement([], [], 'FARGATE')).toBeNull();
    expect(validatePlacement([], [{ type: 'random' }], null)).toBeNull();
  });

  it('refuses constraints and strategies with FARGATE in AWS’s words (§4.1)', () => {
    expect(validatePlacement([{ type: 'distinctInstance' }], [], 'FARGATE')).toEqual(
      refused('Placement constraints are not supported with FARGATE launch type.'),
    );
    expect(validatePlacement([], [{ type: 'random' }], 'FARGATE')).toEqual(
      refused('Placement strategies are not supported with FARGATE launch type.'),
    );
  });

  it('refuses an expression on distinctInstance, even an empty one (§4.3)', () => {
    for (const expression of ['attribute:a exists', '']) {
      expect(validatePlacement([{ type: 'distinctInstance', expression }], [], 'EC2')).toEqual(
        refused('distinctInstance expression should not be specified.'),
      );
    }
  });

  it('requires a valid expression on memberOf, naming the problem', () => {
    expect(validatePlacement([{ type: 'memberOf' }], [], 'EC2')).toEqual(
      refused('memberOf expression should be specified.'),
    );
    expect(validatePlacement([{ type: 'memberOf', expression: 'attribute:a ==' }], [], 'EC2')).toEqual(
      refused("Invalid memberOf expression 'attribute:a ==': Expected a value after '==' at position 15"),
    );
  });

  it('refuses unknown types and fields', () => {
    expect(validatePlacement([{ type: 'sameInstance' }], [], 'EC2')).toEqual(
      refused("constraint.type 'sameInstance' is not supported."),
    );
    expect(validatePlacement([], [{ type: 'pack' }], 'EC2')).toEqual(
      refused("strategy.type 'pack' is not supported."),
    );
    expect(validatePlacement([], [{ type: 'binpack', field: 'disk' }], 'EC2')).toEqual(
      refused("binpack field 'disk' is invalid"),
    );
    expect(validatePlacement([], [{ type: 'binpack' }], 'EC2')).toEqual(
      refused("binpack field '' is invalid"),
    );
    expect(validatePlacement([], [{ type: 'spread', field: 'az' }], 'EC2')).toEqual(
      refused("spread field 'az' is invalid"),
    );
    expect(validatePlacement([], [{ type: 'spread', field: 'attribute:' }], 'EC2')).toEqual(
      refused("spread field 'attribute:' is invalid"),
    );
  });

  it('reports the first problem: Fargate, then constraints, then strategies', () => {
    expect(validatePlacement([{ type: 'bad' }], [{ type: 'worse' }], 'EC2')?.message).toContain("'bad'");
  });
});
