import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError, z } from 'zod';
import type { FaultRule } from '../faults/fault-schema.js';
import type { FleetSpec } from '../fleet/fleet-spec.js';
import { InvalidFleetError } from '../fleet/load-fleet.js';
import type { SandboxAdmin } from './sandbox-admin.js';

const stateQuerySchema = z.strictObject({
  region: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(0).max(100_000).optional(),
});

/** Fleets of explicit instances can be large documents. */
const FLEET_BODY_LIMIT = 64 * 1024 * 1024;

function badRequest(
  error: FastifyError | Error,
): { error: string; message: string } | undefined {
  if (error instanceof ZodError) {
    return { error: 'ValidationError', message: z.prettifyError(error) };
  }

  if (error instanceof InvalidFleetError) {
    return { error: 'InvalidFleet', message: error.message };
  }

  return undefined;
}

/** JSON routes that drive the sandbox: fleet, faults and a view of the state. */
export function adminRoutes(admin: SandboxAdmin) {
  return async function adminPlugin(app: FastifyInstance): Promise<void> {
    app.setErrorHandler(function replyWithAdminError(
      error: FastifyError,
      request,
      reply,
    ) {
      const invalid = badRequest(error);
      if (invalid !== undefined) {
        return reply.status(400).send(invalid);
      }

      request.log.error({ err: error }, 'admin request failed');

      return reply.status(error.statusCode ?? 500).send({
        error: error.code ?? 'InternalError',
        message: error.message,
      });
    });

    app.get('/state', async function readState(request) {
      return admin.state(stateQuerySchema.parse(request.query));
    });

    app.post('/reset', async function resetSandbox() {
      admin.reset();

      return admin.state({ limit: 0 });
    });

    app.post(
      '/fleet',
      { bodyLimit: FLEET_BODY_LIMIT },
      async function loadFleet(request) {
        admin.loadFleet(request.body as FleetSpec);

        return admin.state({ limit: 0 });
      },
    );

    app.get('/faults', async function listFaults() {
      return { faults: admin.faults() };
    });

    app.put('/faults', async function replaceFaults(request) {
      admin.setFaults(request.body as FaultRule[]);

      return { faults: admin.faults() };
    });

    app.post('/faults', async function addFault(request) {
      admin.addFault(request.body as FaultRule);

      return { faults: admin.faults() };
    });

    app.delete('/faults', async function clearFaults() {
      admin.clearFaults();

      return { faults: admin.faults() };
    });
  };
}
