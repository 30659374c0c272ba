/**
 * Which images a rule's tag selection matches (reference §8.5, lifecycle policy evaluation
 * rules). A rule "sees" an image when the image is in the rule's storage class and matches its
 * tag status and tag list, whatever the rule's count then decides.
 */
import type { LifecycleImage, LifecycleSelection } from './types';

/** A `tagPatternList` entry: `*` matches any run of characters, everything else itself, case-sensitively. */
export function matchesTagPattern(pattern: string, tag: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(tag);
}

/**
 * "An image is successfully matched if all of the tags in the tagPatternList or tagPrefixList
 * value are matched against any of the image's tags."
 */
function matchesEveryEntry(
  entries: readonly string[],
  tags: readonly string[],
  matches: (entry: string, tag: string) => boolean,
): boolean {
  return entries.every((entry) => tags.some((tag) => matches(entry, tag)));
}

export function selectsImage(selection: LifecycleSelection, image: LifecycleImage): boolean {
  if (image.storageClass !== selection.storageClass) return false;
  switch (selection.tagStatus) {
    case 'any':
      return true;
    case 'untagged':
      return image.tags.length === 0;
    case 'tagged': {
      if (image.tags.length === 0) return false;
      if (selection.tagPatternList !== undefined)
        return matchesEveryEntry(selection.tagPatternList, image.tags, matchesTagPattern);
      return matchesEveryEntry(selection.tagPrefixList ?? [], image.tags, (prefix, tag) =>
        tag.startsWith(prefix),
      );
    }
    default: {
      const unknown: never = selection.tagStatus;
      throw new Error(`Unknown tagStatus ${String(unknown)}`);
    }
  }
}
