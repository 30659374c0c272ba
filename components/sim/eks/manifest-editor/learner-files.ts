import { EKS_EXAMPLE_FILES } from '@/lib/sim/eks/example-files';

/** The YAML files the learner wrote in this simulator: any file not an unchanged example. */
export function learnerManifests(files: Readonly<Record<string, string>>): { name: string; text: string }[] {
  return Object.entries(files)
    .filter(([name, text]) => /\.ya?ml$/.test(name) && EKS_EXAMPLE_FILES[name] !== text)
    .map(([name, text]) => ({ name, text }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** All of them in one file, as `kubectl apply -f` reads several documents: separated by `---`. */
export function joinManifests(manifests: readonly { name: string; text: string }[]): string {
  return manifests.map(({ name, text }) => `# ${name}\n${text.trimEnd()}\n`).join('---\n');
}
