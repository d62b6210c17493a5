// The bundle tests read dist/: build it first when missing or stale.
import { ensureBuilt } from '../scripts/ensure-built.mjs';

export default function setup(): void {
  ensureBuilt();
}
