import type { XmlFragment } from '../ec2/xml-fragment.js';
import type { Instance, Phase, Tag } from '../fleet/instance.js';
import { phaseAt } from '../fleet/instance-state.js';
import type { RegionFleet } from '../fleet/region-fleet.js';
import { instanceXml } from './instance-xml.js';

/** What an item's XML depends on beyond the instance's fixed fields. */
interface Rendered {
  readonly region: string;
  readonly phase: Phase;
  readonly tags: readonly Tag[];
  readonly launchTime: number;
  readonly fragment: XmlFragment;
}

/** About 14 MB of XML: many full pages, but never a copy of a huge fleet's XML. */
const DEFAULT_CAPACITY = 10_000;

/**
 * Rendered items, reused while the instance stays in the same phase with the same tags
 * and launch time. Phases and tag lists are replaced, never changed in place, so their
 * identity tells whether anything changed, including a transition `now` has reached.
 */
export class InstanceXmlCache {
  readonly #rendered = new Map<Instance, Rendered>();

  readonly #capacity: number;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#rendered.size;
  }

  render(instance: Instance, region: string, now: number): XmlFragment {
    const phase = phaseAt(instance.lifecycle, now);
    const { tags, launchTime } = instance;
    const known = this.#rendered.get(instance);
    if (
      known !== undefined &&
      known.phase === phase &&
      known.tags === tags &&
      known.launchTime === launchTime &&
      known.region === region
    ) {
      return known.fragment;
    }

    const fragment = instanceXml(instance, region, now);
    if (known === undefined && this.#rendered.size >= this.#capacity) {
      this.#evictOldest();
    }

    this.#rendered.set(instance, { region, phase, tags, launchTime, fragment });

    return fragment;
  }

  #evictOldest(): void {
    const oldest = this.#rendered.keys().next();
    if (oldest.done !== true) {
      this.#rendered.delete(oldest.value);
    }
  }
}

const caches = new WeakMap<RegionFleet, InstanceXmlCache>();

/** One cache per region's fleet, so replacing the fleet drops its cached XML with it. */
export function instanceXmlCache(instances: RegionFleet): InstanceXmlCache {
  const known = caches.get(instances);
  if (known !== undefined) {
    return known;
  }

  const cache = new InstanceXmlCache();
  caches.set(instances, cache);

  return cache;
}
