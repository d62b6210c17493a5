// The page loads the embed's standalone bundle: build it when missing or stale.
import { ensureBuilt } from '../../../packages/embed/scripts/ensure-built.mjs';

export default function setup(): void {
  ensureBuilt();
}
