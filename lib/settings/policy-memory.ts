import { storedLastPolicy } from './items';
import type { PolicyMemory } from './managed';
import { readStored, writeStored } from './validated';

/**
 * The policy kept in local storage from one start to the next (managed.ts says why). Every
 * context recalls it; only the background, which reads the policy at every browser start,
 * keeps it (`keeps`), so one writer holds it current.
 */
export function storedPolicyMemory({ keeps }: { keeps: boolean }): PolicyMemory {
  return {
    async recall() {
      const read = await readStored(storedLastPolicy);
      return read.status === 'ok' ? read.value : null;
    },
    ...(keeps
      ? {
          keep: async (raw: Record<string, unknown>) => {
            await writeStored(storedLastPolicy, raw);
          },
        }
      : {}),
  };
}
