import type { Instance } from './instance.js';

/**
 * Instances of one region in launch order, indexed by id. The order never changes, so
 * an offset into it is a stable page cursor.
 */
export class RegionFleet {
  readonly #instances: Instance[] = [];

  readonly #byId = new Map<string, Instance>();

  get size(): number {
    return this.#instances.length;
  }

  add(instance: Instance): void {
    this.#instances.push(instance);
    this.#byId.set(instance.instanceId, instance);
  }

  get(instanceId: string): Instance | undefined {
    return this.#byId.get(instanceId);
  }

  at(index: number): Instance | undefined {
    return this.#instances[index];
  }

  all(): readonly Instance[] {
    return this.#instances;
  }
}
