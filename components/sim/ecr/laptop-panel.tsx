'use client';

import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';
import { EcrIcon } from './ecr-icons';
import type { LaptopModel, LoginState } from './laptop-model';
import { LocalImageCard } from './local-image-card';
import { formatIn } from './picture-format';

function LoginLine({ login, now }: { login: LoginState; now: number }) {
  const valid = login.status === 'valid';
  return (
    <p
      className={cn(
        'flex items-center gap-1 text-sm font-semibold',
        TONE_CLASSES[valid ? 'ready' : 'busy'].text,
      )}
    >
      <StateSymbol name={valid ? 'check' : 'dashed-ring'} />
      {login.status === 'valid'
        ? `Logged in to ECR: the token expires ${formatIn(now, login.expiresAt)}`
        : login.status === 'expired'
          ? 'Not logged in: the ECR token has expired (they last 12 hours)'
          : 'Not logged in to ECR'}
    </p>
  );
}

/**
 * The left half of the picture: the learner's laptop, its CPU (which decides what `docker build`
 * makes), whether Docker holds an ECR token, and its images newest first, each a stack of layers.
 */
export function LaptopPanel({
  laptop,
  now,
  showAll,
  onShowAll,
}: {
  laptop: LaptopModel;
  now: number;
  showAll: boolean;
  onShowAll: (showAll: boolean) => void;
}) {
  const named = laptop.images.length + laptop.hiddenImages;
  return (
    <section
      role="group"
      aria-label="The laptop"
      className="min-w-0 space-y-2 rounded-xl border-2 border-[var(--border)] bg-[var(--bg-soft)] p-3"
    >
      <h3 className="flex items-center gap-2 text-lg font-semibold">
        <EcrIcon name="laptop" className="size-6" />
        Laptop with Docker
      </h3>
      <p className="text-sm">
        <span className="font-semibold">CPU: {laptop.cpu}</span> · docker build makes linux/
        {laptop.architecture} images unless told <code className="whitespace-nowrap">--platform</code>
      </p>
      <LoginLine login={laptop.login} now={now} />
      {named === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-[var(--border)] p-3 text-sm">
          No images yet. Build one from the Dockerfile: <code>docker build -t web:1.0 .</code>
        </p>
      ) : (
        <div className="space-y-2">
          {laptop.images.map((image) => (
            <LocalImageCard key={image.imageId} image={image} />
          ))}
        </div>
      )}
      {(laptop.hiddenImages > 0 || showAll) && named > 0 && (
        <button
          type="button"
          aria-expanded={showAll}
          onClick={() => onShowAll(!showAll)}
          className="text-accent-700 dark:text-accent-300 min-h-10 text-sm font-semibold underline underline-offset-2"
        >
          {showAll ? 'Show the newest images only' : `Show all ${named} images`}
        </button>
      )}
      {laptop.danglingImages > 0 && (
        <p className="text-sm text-[var(--fg-soft)]">
          + {laptop.danglingImages} dangling {laptop.danglingImages === 1 ? 'image' : 'images'} (
          <code>&lt;none&gt;</code>): their name moved to a newer build
        </p>
      )}
      {named > 0 && (
        <p className="text-sm text-[var(--fg-soft)]">
          Bar length: the layer&apos;s compressed size, on a log scale. <strong>Shared</strong> (striped):
          another image on the laptop has this very layer, stored once. <strong>In ECR</strong>: the registry
          has it, so a push skips it.
        </p>
      )}
    </section>
  );
}
