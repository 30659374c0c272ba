import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 360, height: 780 } });
for (const u of process.argv.slice(2)) {
  await p.goto(u, { waitUntil: 'networkidle' });
  const r = await p.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.right > 362 && rect.width > 0) {
        const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
        if (parentRight <= 362) out.push(`${el.tagName}.${String(el.className).slice(0,80)} w=${Math.round(rect.width)} r=${Math.round(rect.right)}`);
      }
    }
    return { sw: document.documentElement.scrollWidth, out: out.slice(0, 15) };
  });
  console.log(u, r.sw); r.out.forEach((l) => console.log('  ', l));
}
await b.close();
