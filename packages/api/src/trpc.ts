import { initTRPC } from '@trpc/server';

import type { Context } from './context.js';
import { describeError } from './errors/describe.js';

const t = initTRPC.context<Context>().create({
  // Stack traces stay on the server whatever NODE_ENV says.
  isDev: false,
  errorFormatter: function formatError({ shape, error, ctx }) {
    const { apiCode, status, message, ...details } = describeError(error);
    const requestId = ctx?.requestId;

    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: status,
        path: shape.data.path,
        apiCode,
        ...(requestId ? { requestId } : {}),
        ...details,
      },
    };
  },
});

export const createRouter = t.router;
export const publicProcedure = t.procedure;
export const middleware = t.middleware;
