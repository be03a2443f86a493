import type { QueryParams } from '../ec2/query-params.js';
import type { XmlNode } from '../ec2/xml.js';
import type { FaultInjector } from '../faults/fault-injector.js';
import type { Fleet } from '../fleet/fleet.js';
import type { RegionFleet } from '../fleet/region-fleet.js';
import type { Delays } from '../fleet/transitions.js';

/** What an action sees of one request: its parameters and the caller's region. */
export interface ActionContext {
  readonly params: QueryParams;
  readonly region: string;
  readonly instances: RegionFleet;
  readonly fleet: Fleet;
  readonly now: number;
  readonly delays: Delays;
  readonly faults: FaultInjector;
}

export type ActionHandler = (context: ActionContext) => XmlNode;
