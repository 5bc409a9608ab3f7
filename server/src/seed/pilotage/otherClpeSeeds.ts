import type { ClpeSeed } from './PilotageSeed.ts'
import { BETHUNE_SEED } from './other/bethuneSeed.ts'
import { DOUAI_SEED } from './other/douaiSeed.ts'
import { VALENCIENNES_SEED } from './other/valenciennesSeed.ts'
import { DUNKERQUE_SEED } from './other/dunkerqueSeed.ts'
import { SAINT_QUENTIN_SEED } from './other/saintQuentinSeed.ts'
import { AMIENS_SEED } from './other/amiensSeed.ts'

// Six more CLPE with a few fiches action each, written more briefly, so that the regional view
// compares territories of different sizes, themes and maturity.

/** CLPE Béthune, Douai, Valenciennes, Dunkerque, Saint-Quentin and Amiens. */
export const OTHER_CLPE_SEEDS: readonly ClpeSeed[] = [
  BETHUNE_SEED,
  DOUAI_SEED,
  VALENCIENNES_SEED,
  DUNKERQUE_SEED,
  SAINT_QUENTIN_SEED,
  AMIENS_SEED,
]
