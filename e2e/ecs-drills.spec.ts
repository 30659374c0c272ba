import { test, expect, expectNoAxeViolations } from './fixtures';
import { simulatorFrame, typeLine } from './ecs-helpers';
import { DRILLS } from '../lib/drills';
import { ECS_PRESETS } from '../lib/sim/ecs/presets';

/** The lesson that embeds each drill: `lesson-slug/short-name`, except the ones another lesson holds too. */
const lessonOf = (id: string) => id.split('/')[0];

for (const drill of DRILLS) {
  test(`drill ${drill.id}: the worked solution solves it`, async ({ page }, testInfo) => {
    // Solving every drill once is the point; the layouts and colour schemes are covered by the journeys.
    test.skip(testInfo.project.name !== 'desktop-light', 'solved once, on one project');
    test.setTimeout(300_000);
    const preset = ECS_PRESETS.find((candidate) => candidate.id === drill.preset);
    expect(preset).toBeDefined();
    await page.goto(`/lessons/${lessonOf(drill.id)}/`);
    const frame = simulatorFrame(page, preset?.title);
    await frame.scrollIntoViewIfNeeded();
    const panel = frame.getByRole('region', { name: drill.title });
    await expect(panel).toBeVisible();
    await expect(panel.getByText('Solved', { exact: true })).toHaveCount(0);

    await panel.getByRole('button', { name: 'Show a hint' }).click();
    await expect(panel).toContainText((drill.hints[0] ?? '').replaceAll('`', ''));
    for (const step of drill.solution) await typeLine(frame, step.line);
    await expect(panel.getByText('Solved', { exact: true })).toBeVisible();
    if (drill.id.endsWith('port-conflict')) await expectNoAxeViolations(page);
  });
}
