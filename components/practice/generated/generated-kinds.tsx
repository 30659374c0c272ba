import { GENERATOR_CATALOG } from '@/lib/quiz/generators/catalog';

/** On the practice page: the kinds of question the simulator generates, each a link to a fresh one. */
export function GeneratedKinds() {
  return (
    <section
      aria-labelledby="generated-title"
      className="rounded-2xl border-2 border-[var(--border)] p-4 sm:p-6"
    >
      <h2 id="generated-title" className="text-2xl font-semibold">
        Questions from the simulator
      </h2>
      <p className="mt-1 max-w-[65ch] text-[var(--fg-soft)]">
        The ECS, EKS and ECR simulators build a new situation for each of these and compute the answer
        themselves, then play it out and show their reasoning. There is always a fresh one.
      </p>
      <ul className="mt-4 grid gap-2 sm:grid-cols-2">
        {GENERATOR_CATALOG.map((kind) => (
          <li key={kind.id}>
            <a
              href={`/practice/generated/#${kind.id}`}
              className="hover:border-accent-500 block min-h-11 rounded-xl border-2 border-[var(--border)] px-3 py-2"
            >
              <span className="text-accent-700 dark:text-accent-300 block font-semibold underline">
                {kind.title}
              </span>
              <span className="block text-sm text-[var(--fg-soft)]">{kind.summary}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
