import type { DroppedPart } from './formats/format';
import type { StorageFailure } from './storage';

/** Why loading did not simply find valid progress; the UI may branch on it, the learner reads `notice`. */
export type LoadProblem =
  'storage-unreadable' | 'damaged-json' | 'newer-version' | 'wrong-shape' | 'partly-damaged';

const KEPT = 'The old data is kept; you can download it from “Your progress” on the course map.';
const NOT_KEPT =
  'The old data could not be set aside because this browser’s storage is full, so download it now from “Your progress” on the course map, before new progress replaces it.';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listParts(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "2 lesson records, 1 answer and your theme preference" */
export function describeDropped(dropped: readonly DroppedPart[]): string {
  const lessons = dropped.filter((part) => part.section === 'lessons').length;
  const answers = dropped.filter((part) => part.section === 'answers').length;
  const drills = dropped.filter((part) => part.section === 'drills').length;
  const reviews = dropped.filter((part) => part.section === 'reviews').length;
  const parts = [
    ...(lessons ? [count(lessons, 'lesson record', 'lesson records')] : []),
    ...(answers ? [count(answers, 'quiz answer record', 'quiz answer records')] : []),
    ...(drills ? [count(drills, 'solved drill record', 'solved drill records')] : []),
    ...(reviews ? [count(reviews, 'review card', 'review cards')] : []),
    ...(dropped.some((part) => part.section === 'preferences') ? ['your theme preference'] : []),
    ...(dropped.some((part) => part.section === 'other') ? ['some data Dockyard does not recognise'] : []),
  ];
  return listParts(parts);
}

export function loadNotice(
  problem: LoadProblem,
  details: { setAside: boolean; dropped?: readonly DroppedPart[] },
): string {
  const kept = details.setAside ? KEPT : NOT_KEPT;
  switch (problem) {
    case 'storage-unreadable':
      return 'Dockyard cannot read this browser’s storage (it may be blocked, for example in private browsing), so progress from earlier visits is not shown and new progress may be lost when you close the page. You can download your progress from “Your progress” on the course map to keep it.';
    case 'damaged-json':
      return `Your saved progress could not be read (it looks damaged), so Dockyard started a fresh record. ${kept}`;
    case 'newer-version':
      return `Your saved progress was made by a newer version of Dockyard than this page, so Dockyard started a fresh record here. ${kept} Reload the page to get the newer version, then import the file from “Your progress” on the course map.`;
    case 'wrong-shape':
      return `Your saved progress is not in a form Dockyard recognises, so Dockyard started a fresh record. ${kept}`;
    case 'partly-damaged':
      return `Part of your saved progress was damaged: ${describeDropped(details.dropped ?? [])} could not be read, so Dockyard kept everything else. ${details.setAside ? 'The original data is kept; you can download it from “Your progress” on the course map.' : NOT_KEPT}`;
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}

export function saveNotice(failure: StorageFailure): string {
  switch (failure) {
    case 'quota':
      return 'Your progress could not be saved because this browser’s storage is full. Free some space, or download your progress from “Your progress” on the course map so you do not lose it.';
    case 'unavailable':
      return 'Your progress could not be saved because this browser does not let Dockyard store data (for example in private browsing). It lasts until you close the page; download it from “Your progress” on the course map to keep it.';
    default: {
      const unreachable: never = failure;
      return unreachable;
    }
  }
}
