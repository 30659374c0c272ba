import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { LazyMotion, domMax } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { ECR_PRESETS } from '@/lib/sim/ecr/presets';
import { ecrSimulator } from '@/lib/sim/ecr/simulator';
import { SimProvider } from '../sim-context';
import { EcrActions } from './ecr-actions';
import { EcrPicture } from './ecr-picture';

const WEB = `${REGISTRY_HOST}/web`;
const LOGIN = `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;

/** The picture (and its quick actions) as the frame renders them, to HTML: at a preset, then more lines. */
function render(presetId: string, moreLines: readonly string[] = []): string {
  const preset = ECR_PRESETS.find((candidate) => candidate.id === presetId);
  if (preset === undefined) throw new Error(`no preset ${presetId}`);
  const entry = {
    ...ecrSimulator,
    presets: [{ ...preset, id: 'test', setup: [...preset.setup, ...moreLines] }],
  };
  const picture = createElement(
    LazyMotion,
    { features: domMax, strict: true },
    createElement(EcrActions),
    createElement(EcrPicture),
  );
  const props: ComponentProps<typeof SimProvider> = { entry, presetId: 'test', children: picture };
  const tree: ReactNode = createElement(SimProvider, props);
  return renderToString(tree);
}

describe('EcrPicture', () => {
  it('asks for a first image and a first repository in an empty account', () => {
    const html = render('empty');
    expect(html).toContain('No images yet.');
    expect(html).toContain('No repositories yet.');
    expect(html).toContain('Nothing pushed or pulled yet.');
  });

  it('draws the laptop’s CPU and the built image as a stack of seven layers, and the empty repository', () => {
    const html = render('built');
    expect(html).toContain('CPU: <!-- -->Intel (amd64)');
    expect(html).toMatch(/aria-label="Image web:1\.0, IMAGE ID [0-9a-f]{12}"/);
    expect(
      html.match(
        /<li class="flex flex-wrap items-center[^"]*"><span[^>]*><span class="font-mono text-sm">[0-9a-f]{12}<\/span>/g,
      ),
    ).toHaveLength(7);
    expect(html).toContain('aria-label="Repository web"');
    expect(html).toContain(
      '123456789012.<wbr/>dkr.<wbr/>ecr.<wbr/>us-east-1.<wbr/>amazonaws.<wbr/>com/<wbr/>web',
    );
    expect(html).toContain('MUTABLE<!-- --> tags');
    expect(html).toContain('Scan on push: <!-- -->on');
    expect(html).toContain('No images yet: tag an image with this URI');
    expect(html).toContain('Not logged in to ECR');
    expect(html).toContain('Tag web:1.0 for ECR');
  });

  it('shows a pushed image in the registry with its digest, size and scan, and the push on the arrow', () => {
    const html = render('built', [`docker tag web:1.0 ${WEB}:1.0`, LOGIN, `docker push ${WEB}:1.0`]);
    expect(html).toMatch(/aria-label="Image 1\.0, digest [0-9a-f]{12}"/);
    expect(html).toContain('Scan in progress');
    expect(html).toContain('Last push<!-- -->: <!-- -->done');
    expect(html).toContain('Pushed web:1.0: 7 layers uploaded, 0 already in the repository');
    expect(html).toContain('in ECR');
    expect(html).toMatch(/\$0\.00\d\d<!-- --> a month/);
    expect(html).toContain('$0.10 per GB-month, prices as of March 2026');
  });

  it('shows layers shared by two builds, and a second push that skips them', () => {
    const html = render('built', [
      `docker tag web:1.0 ${WEB}:1.0`,
      LOGIN,
      `docker push ${WEB}:1.0`,
      `docker build -t ${WEB}:1.1 --label version=1.1 .`,
      `docker push ${WEB}:1.1`,
    ]);
    // Every layer of both images is shared and in ECR: one line per image says so.
    expect(
      html.match(/All <!-- -->7<!-- --> layers: <span[^>]*><span[^>]*><svg[^]*?<\/svg>shared<\/span>/g),
    ).toHaveLength(2);
    expect(html).toContain('Pushed web:1.1: 0 layers uploaded, 7 already in the repository');
  });

  it('says why an immutable repository refused to move a tag, and locks its tags', () => {
    const html = render('immutable', [`docker build -t ${WEB}:1.0 --label v=2 .`, `docker push ${WEB}:1.0`]);
    expect(html).toContain('IMMUTABLE<!-- --> tags');
    expect(html).toContain('Last push<!-- -->: <!-- -->refused');
    expect(html).toContain(
      'tag invalid: The image tag &#x27;1.0&#x27; already exists in the &#x27;web&#x27; repository and cannot be overwritten because the repository is immutable.',
    );
    expect(html).toMatch(/<strong>Why:<\/strong>.*web.*has IMMUTABLE tags.*such as .*1\.1/s);
  });

  it('draws a multi-platform image as an image index with its platforms', () => {
    const html = render('built', [
      LOGIN,
      `docker buildx build --platform linux/amd64,linux/arm64 -t ${WEB}:multi --push .`,
    ]);
    expect(html).toContain('Image index · <!-- -->2<!-- --> platforms');
    expect(html).toContain('aria-label="Platforms of multi"');
    expect(html).toMatch(/linux\/<!-- -->arm64/);
  });

  it('summarises the lifecycle policy and marks what the preview would expire, with the rule', () => {
    const html = render('month', [
      'aws ecr put-lifecycle-policy --repository-name web --lifecycle-policy-text file://policy.json',
      'aws ecr start-lifecycle-policy-preview --repository-name web',
      'sleep 10',
    ]);
    expect(html).toContain('tagged prod* · more than 10 images → expire');
    expect(html).toMatch(/Preview: <!-- -->\d+<!-- --> image<!-- -->s<!-- --> would be acted on/);
    expect(html).toContain('more marked by the preview');
    expect(html).toContain('dangling');
  });

  it('marks the images a preview would expire where they are drawn, with the rule', () => {
    const html = render('month', [
      'aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://keep-five.json',
      'sleep 10',
    ]);
    // Keep the five newest: the sixth one shown is the first to go.
    expect(html.match(/Would expire<!-- --> · rule <!-- -->1/g)).toHaveLength(1);
    expect(html).toMatch(/aria-label="Image [^"]*, marked by the lifecycle preview"/);
  });
});
