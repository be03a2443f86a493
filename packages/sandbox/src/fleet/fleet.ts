import type { Instance } from './instance.js';
import { RegionFleet } from './region-fleet.js';

/** Every region's instances. A replacement bumps the generation, expiring old cursors. */
export class Fleet {
  #regions = new Map<string, RegionFleet>();

  #generation = 0;

  readonly regionNames: readonly string[];

  constructor(regionNames: readonly string[]) {
    this.regionNames = regionNames;
    this.replace([]);
  }

  get generation(): number {
    return this.#generation;
  }

  region(name: string): RegionFleet | undefined {
    return this.#regions.get(name);
  }

  replace(placed: Iterable<{ region: string; instance: Instance }>): void {
    const regions = new Map(this.regionNames.map((name) => [name, new RegionFleet()]));
    for (const { region, instance } of placed) {
      regions.get(region)?.add(instance);
    }

    this.#regions = regions;
    this.#generation += 1;
  }
}
