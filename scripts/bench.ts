/**
 * `npm run bench`: what the static build ships per route (first-load JS, gzip), how fast the
 * engines run, and Lighthouse on three pages, written to bench/results.json. Measurements, not
 * pass/fail tests; the goals from the issues are printed next to the figures so a regression is
 * visible.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureRoutes } from './bench-page-weight';
import { measureEngines } from './bench-engine';
import { measureLoadedJs } from './bench-loaded-js';
import { benchEcs } from './bench-ecs';
import { benchEks } from './bench-eks';
import { benchRender } from './bench-render';
import { lessonsWithSimulators } from './lessons-with-simulators';
import { formatLighthouse, measureLighthouse } from './bench-lighthouse';

const BUDGETS_KB = { prose: 140, simulator: 190 } as const;
/**
 * Issue 9's first-load JS goals: 140 kB gzip for prose pages, 190 kB for a page with a simulator.
 * Pages that embed a simulator (or a drill) get the larger one; every other page the prose one.
 */
const SIMULATOR_ROUTES = [
  /^\/simulators\/[^/]+\/$/,
  /^\/embed\/[^/]+\/$/,
  ...lessonsWithSimulators().map((slug) => new RegExp(`^/lessons/${slug}/$`)),
  // Every page of a talk shows its simulator (the audience and presenter windows, the handout's
  // pictures), and a generated question draws its situation in a simulator's picture.
  /^\/present\/[^/]+\//,
  /^\/practice\/generated\/$/,
];

const routes = measureRoutes(join(process.cwd(), 'out')).map((route) => {
  const kind = SIMULATOR_ROUTES.some((pattern) => pattern.test(route.route)) ? 'simulator' : 'prose';
  const budget = BUDGETS_KB[kind];
  return { ...route, kind, budgetKb: budget, withinBudget: route.firstLoadJsGzipKb <= budget };
});

console.log("First-load JS per route (gzip -9 of the scripts in each page's HTML)");
for (const route of routes) {
  const mark = route.withinBudget ? 'ok  ' : 'OVER';
  console.log(
    `  ${mark} ${route.firstLoadJsGzipKb.toFixed(1).padStart(7)} kB  budget ${route.budgetKb} kB (${route.kind})  ${route.route}`,
  );
}

const firstLoadGoals = (['prose', 'simulator'] as const).map((kind) => {
  const ofKind = routes.filter((route) => route.kind === kind);
  const worst = ofKind.reduce((max, route) => (route.firstLoadJsGzipKb > max.firstLoadJsGzipKb ? route : max), ofKind[0]!);
  const over = ofKind.filter((route) => !route.withinBudget).map((route) => route.route);
  return { kind, goalKb: BUDGETS_KB[kind], routes: ofKind.length, worstKb: worst.firstLoadJsGzipKb, worstRoute: worst.route, over, pass: over.length === 0 };
});
for (const goal of firstLoadGoals) {
  const label = goal.kind === 'prose' ? 'Prose pages' : 'Pages with a simulator';
  console.log(
    `  ${goal.pass ? 'ok  ' : 'OVER'} ${label} (${goal.routes}): goal ≤ ${goal.goalKb} kB, largest ${goal.worstKb} kB (${goal.worstRoute})${goal.pass ? '' : `; over: ${goal.over.join(', ')}`}`,
  );
}

const loaded = await measureLoadedJs(
  join(process.cwd(), 'out'),
  routes
    .filter((route) => route.kind === 'simulator')
    // A talk's numbered steps load what its first step loads: measure the first only.
    .filter((route) => !/^\/present\/.+\/\d+\/$/.test(route.route))
    .map((route) => route.route),
);
console.log('\nAll JS once a simulator page is loaded and idle (the simulator chunk loads after hydration)');
for (const route of loaded)
  console.log(`  ${route.loadedJsGzipKb.toFixed(1).padStart(7)} kB  ${route.route}`);

const engines = measureEngines();
console.log('\nEngine throughput (median of 5 runs)');
for (const engine of engines) {
  console.log(
    `  ${engine.engine}: ${engine.applyPerSecond.toLocaleString('en')} apply/s · ${engine.tickSecondsPerSecond.toLocaleString('en')} simulated s per s of tick · seek across 1 h in ${engine.seekMs} ms`,
  );
}

const ecs = benchEcs();
console.log('\nAmazon ECS engine (median of runs)');
console.log(
  `  placement: ${ecs.placementTasks.toLocaleString('en')} tasks on 1,000 instances in ${ecs.placementMs} ms (budget ${ecs.budgets.placementMs} ms)`,
);
console.log(
  `  engine: 10 services × 1,000 tasks created (${ecs.engineTasks.toLocaleString('en')} tasks) in ${ecs.engineCreateServicesMs} ms`,
);
console.log(
  `  one 1 s tick of that steady cluster: ${ecs.steadyTickMs} ms (budget ${ecs.budgets.tickMs} ms)`,
);

const eks = benchEks();
console.log('\nAmazon EKS engine (median of runs)');
console.log(
  `  kube-scheduler: ${eks.pods.toLocaleString('en')} pods (10 Deployments of 1,000) on ${eks.nodes.toLocaleString('en')} nodes in ${eks.scheduleMs.toLocaleString('en')} ms (${eks.podsPerSecond.toLocaleString('en')} pods/s)`,
);

const render = await benchRender(join(process.cwd(), 'out'));
console.log('\nECS picture in Chromium (render of one tick, playing at 1×)');
console.log(
  `  ${render.tasks} task chips: median ${render.medianMs} ms · p95 ${render.p95Ms} ms · worst ${render.worstMs} ms over ${render.renders} renders (goal ≤ ${render.goalMs} ms)`,
);

const lighthouse = await measureLighthouse(join(process.cwd(), 'out'), Number(process.env.BENCH_PORT ?? 3200) + 2);
console.log(`\n${formatLighthouse(lighthouse)}`);

mkdirSync('bench', { recursive: true });
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  routes,
  firstLoadGoals,
  loaded,
  engines,
  ecs,
  eks,
  render,
  lighthouse: { measuredAt: new Date().toISOString(), ...lighthouse },
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
