import { nextHex, nextInt, type Rng } from './rng';

/**
 * Realistic-looking ids derived from the seeded PRNG (STYLE.md §3), so the same seed always gives
 * the same `i-0…` and container ids and the share links and tests can pin them.
 */

/** EC2 instance id: `i-` and 17 hex digits, the current long format (e.g. `i-0abcd1234ef567890`). */
export function ec2InstanceId(rng: Rng): [string, Rng] {
  const [hex, next] = nextHex(rng, 16);
  return [`i-0${hex}`, next];
}

/** EC2 reservation id: `r-` and 17 hex digits. */
export function ec2ReservationId(rng: Rng): [string, Rng] {
  const [hex, next] = nextHex(rng, 16);
  return [`r-0${hex}`, next];
}

/** Docker container id: 64 hex digits (the CLI shows the first 12). */
export function dockerContainerId(rng: Rng): [string, Rng] {
  return nextHex(rng, 64);
}

// A subset of moby's pkg/namesgenerator lists (github.com/moby/moby/blob/master/pkg/namesgenerator).
const ADJECTIVES = [
  'admiring',
  'adoring',
  'affectionate',
  'agitated',
  'amazing',
  'angry',
  'awesome',
  'beautiful',
  'blissful',
  'bold',
  'boring',
  'brave',
  'busy',
  'charming',
  'clever',
  'compassionate',
  'competent',
  'confident',
  'cool',
  'cranky',
  'dazzling',
  'determined',
  'distracted',
  'dreamy',
  'eager',
  'ecstatic',
  'elastic',
  'elated',
  'elegant',
  'eloquent',
  'epic',
  'exciting',
  'fervent',
  'festive',
  'focused',
  'friendly',
  'frosty',
  'funny',
  'gallant',
  'gifted',
  'goofy',
  'gracious',
  'happy',
  'heuristic',
  'hopeful',
  'hungry',
  'inspiring',
  'intelligent',
  'jolly',
  'jovial',
  'keen',
  'kind',
  'laughing',
  'loving',
  'lucid',
  'magical',
  'modest',
  'musing',
  'nervous',
  'nice',
  'nifty',
  'nostalgic',
  'optimistic',
  'peaceful',
  'pedantic',
  'pensive',
  'practical',
  'quirky',
  'relaxed',
  'reverent',
  'romantic',
  'serene',
  'sharp',
  'sleepy',
  'stoic',
  'strange',
  'sweet',
  'tender',
  'trusting',
  'upbeat',
  'vibrant',
  'vigilant',
  'vigorous',
  'wizardly',
  'wonderful',
  'youthful',
  'zealous',
  'zen',
] as const;

const SURNAMES = [
  'albattani',
  'allen',
  'archimedes',
  'babbage',
  'bardeen',
  'bartik',
  'bell',
  'blackwell',
  'bohr',
  'booth',
  'borg',
  'bose',
  'brattain',
  'carson',
  'cerf',
  'chandrasekhar',
  'clarke',
  'cori',
  'cray',
  'curie',
  'darwin',
  'diffie',
  'dijkstra',
  'dirac',
  'easley',
  'einstein',
  'elion',
  'engelbart',
  'euclid',
  'euler',
  'faraday',
  'fermat',
  'fermi',
  'feynman',
  'franklin',
  'galileo',
  'gauss',
  'goldberg',
  'goodall',
  'hamilton',
  'hawking',
  'heisenberg',
  'hellman',
  'hodgkin',
  'hopper',
  'hypatia',
  'jackson',
  'jemison',
  'jennings',
  'johnson',
  'kalam',
  'kepler',
  'knuth',
  'lamarr',
  'lamport',
  'leavitt',
  'liskov',
  'lovelace',
  'mahavira',
  'maxwell',
  'mccarthy',
  'mcclintock',
  'meitner',
  'mendel',
  'merkle',
  'mirzakhani',
  'moore',
  'morse',
  'napier',
  'nash',
  'newton',
  'noether',
  'noyce',
  'pascal',
  'pasteur',
  'payne',
  'pike',
  'poincare',
  'ramanujan',
  'ride',
  'ritchie',
  'rubin',
  'shannon',
  'shaw',
  'shockley',
  'sinoussi',
  'swanson',
  'tesla',
  'thompson',
  'torvalds',
  'turing',
  'wiles',
  'wilson',
  'wing',
  'wozniak',
  'wright',
  'wu',
  'yalow',
  'yonath',
] as const;

/**
 * Docker-style `adjective_surname`, avoiding names already taken. Like moby's generator, it never
 * returns `boring_wozniak` ("Steve Wozniak is not boring") and appends a digit on retries.
 */
export function dockerName(rng: Rng, taken: ReadonlySet<string>): [string, Rng] {
  let state = rng;
  for (let retry = 0; ; retry += 1) {
    const [a, afterA] = nextInt(state, 0, ADJECTIVES.length - 1);
    const [s, afterS] = nextInt(afterA, 0, SURNAMES.length - 1);
    state = afterS;
    let name = `${ADJECTIVES[a] ?? 'admiring'}_${SURNAMES[s] ?? 'turing'}`;
    if (name === 'boring_wozniak') continue;
    if (retry > 0) {
      const [digit, afterDigit] = nextInt(state, 0, 9);
      state = afterDigit;
      name += String(digit);
    }
    if (!taken.has(name)) return [name, state];
  }
}
