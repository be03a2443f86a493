import { encodeAuthorizationMessage } from '../auth/authorization-message.js';
import type { Ec2Error } from '../ec2/ec2-error.js';
import {
  authFailure,
  internalError,
  requestLimitExceeded,
  unauthorizedOperation,
} from '../ec2/errors.js';
import {
  type FaultRule,
  faultRuleSchema,
  faultRulesSchema,
  type InstanceFaultKind,
  type ParsedFaultRule,
} from './fault-schema.js';
import { seededRandom } from './seeded-random.js';

interface ActiveFault {
  readonly rule: ParsedFaultRule;
  remaining: number | undefined;
  readonly random: (() => number) | undefined;
}

export interface RequestTarget {
  readonly region: string;
  readonly action: string;
  readonly accessKeyId: string;
}

export interface RequestFaults {
  readonly delayMs: number;
  readonly error: Ec2Error | undefined;
}

/** A fault rule as listed by the admin API, with the failures it has left to inject. */
export type FaultView = ParsedFaultRule & { readonly remaining?: number };

function activate(rule: ParsedFaultRule): ActiveFault {
  const count = 'count' in rule ? rule.count : undefined;
  const throttle = rule.kind === 'throttle' ? rule : undefined;
  const rate = throttle?.rate;

  return {
    rule,
    remaining: count,
    random: rate === undefined ? undefined : seededRandom(throttle?.seed ?? 1),
  };
}

function inScope(rule: ParsedFaultRule, target: RequestTarget): boolean {
  const action = 'action' in rule ? rule.action : undefined;

  return (
    (rule.region === undefined || rule.region === target.region) &&
    (action === undefined || action === target.action)
  );
}

/** Decides, per request and per instance, which injected faults apply. */
export class FaultInjector {
  #faults: ActiveFault[] = [];

  set(rules: readonly FaultRule[]): void {
    this.#faults = faultRulesSchema.parse(rules).map(activate);
  }

  add(rule: FaultRule): void {
    this.#faults.push(activate(faultRuleSchema.parse(rule)));
  }

  list(): FaultView[] {
    return this.#faults.map(({ rule, remaining }) =>
      remaining === undefined ? rule : { ...rule, remaining },
    );
  }

  forRequest(target: RequestTarget): RequestFaults {
    let delayMs = 0;
    let error: Ec2Error | undefined;

    for (const fault of this.#faults) {
      if (!inScope(fault.rule, target)) {
        continue;
      }

      if (fault.rule.kind === 'latency') {
        delayMs += fault.rule.ms;
      } else if (error === undefined) {
        error = this.#fire(fault, target);
      }
    }

    return { delayMs, error };
  }

  covers(kind: InstanceFaultKind, region: string, instanceId: string): boolean {
    return this.#faults.some(
      ({ rule }) =>
        rule.kind === kind &&
        (rule.region === undefined || rule.region === region) &&
        rule.instanceIds.includes(instanceId),
    );
  }

  #fire(fault: ActiveFault, target: RequestTarget): Ec2Error | undefined {
    const { rule } = fault;

    switch (rule.kind) {
      case 'region-failure':
        return rule.code === 'AuthFailure'
          ? authFailure()
          : unauthorizedOperation(encodeAuthorizationMessage(target));
      case 'throttle':
        return triggers(fault, rule.rate) ? requestLimitExceeded() : undefined;
      case 'internal-error':
        return triggers(fault, undefined) ? internalError() : undefined;
      default:
        return undefined;
    }
  }
}

function triggers(fault: ActiveFault, rate: number | undefined): boolean {
  if (fault.remaining === 0) {
    return false;
  }

  if (fault.random !== undefined && rate !== undefined && fault.random() >= rate) {
    return false;
  }

  if (fault.remaining !== undefined) {
    fault.remaining -= 1;
  }

  return true;
}
