import { setTimeout as sleep } from 'node:timers/promises';
import formbody from '@fastify/formbody';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import type { ActionHandler } from '../actions/action-context.js';
import { actionHandler } from '../actions/action-table.js';
import { authenticate } from '../auth/authenticate.js';
import type { Caller } from '../auth/key-pair.js';
import { assertAllowed } from '../auth/permission.js';
import type { Sandbox } from '../sandbox.js';
import { Ec2Error } from './ec2-error.js';
import {
  dryRunOperation,
  internalError,
  invalidAction,
  missingAction,
} from './errors.js';
import { formBodyOf, parseFormBody } from './form-body.js';
import type { QueryParams } from './query-params.js';
import { errorXml, responseXml } from './xml.js';

const XML_TYPE = 'text/xml;charset=UTF-8';

function asEc2Error(error: FastifyError | Error): Ec2Error {
  if (error instanceof Ec2Error) {
    return error;
  }

  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    return new Ec2Error('InvalidParameterValue', error.message, { cause: error });
  }

  return internalError(error);
}

function actionOf(params: QueryParams): { action: string; handler: ActionHandler } {
  const action = params.string('Action');
  if (action === undefined || action === '') {
    throw missingAction();
  }

  const handler = actionHandler(action);
  if (handler === undefined) {
    throw invalidAction(action);
  }

  return { action, handler };
}

async function injectFaults(
  sandbox: Sandbox,
  caller: Caller,
  action: string,
): Promise<void> {
  const faults = sandbox.faults.forRequest({
    region: caller.region,
    action,
    accessKeyId: caller.keyPair.accessKeyId,
  });
  if (faults.delayMs > 0) {
    await sleep(faults.delayMs);
  }

  if (faults.error !== undefined) {
    throw faults.error;
  }
}

/**
 * The EC2 Query endpoint: `POST /` with a form body, answered in EC2's XML. Checks run
 * in EC2's order: who is calling, what they ask, injected faults, permission, DryRun.
 */
export function ec2Routes(sandbox: Sandbox) {
  async function handleQuery(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<string> {
    const { raw, params } = formBodyOf(request.body);
    const { method, url, headers } = request;
    const caller = await authenticate({ method, url, headers, body: raw }, sandbox);

    const { action, handler } = actionOf(params);
    await injectFaults(sandbox, caller, action);
    assertAllowed(caller, action);

    if (params.boolean('DryRun')) {
      throw dryRunOperation();
    }

    const { region } = caller;
    const instances = sandbox.fleet.region(region);
    if (instances === undefined) {
      throw internalError();
    }

    const { fleet, delays, faults } = sandbox;
    const now = sandbox.clock();
    const body = handler({ params, region, instances, fleet, now, delays, faults });
    reply.type(XML_TYPE);

    return responseXml(action, request.id, body);
  }

  return async function ec2Plugin(app: FastifyInstance): Promise<void> {
    await app.register(formbody, { parser: parseFormBody });

    app.addHook('onRequest', async function tagRequestId(request, reply) {
      reply.header('x-amzn-requestid', request.id);
    });

    app.setErrorHandler(function replyWithEc2Error(error: FastifyError, request, reply) {
      const ec2Error = asEc2Error(error);
      if (ec2Error.status >= 500) {
        request.log.error({ err: error, code: ec2Error.code }, 'EC2 request failed');
      } else {
        request.log.info({ code: ec2Error.code }, ec2Error.message);
      }

      return reply
        .status(ec2Error.status)
        .type(XML_TYPE)
        .send(errorXml(ec2Error, request.id));
    });

    app.post('/', handleQuery);
  };
}
