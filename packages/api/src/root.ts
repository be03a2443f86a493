import { ec2Router } from './router/ec2.js';
import { ec2StreamRouter } from './router/ec2-stream.js';
import { createRouter } from './trpc.js';

export const appRouter = createRouter({
  ec2: ec2Router,
});

export type AppRouter = typeof appRouter;

/** The same calls with streamed answers, for the REST routes; never served over tRPC. */
export const streamRouter = createRouter({
  ec2: ec2StreamRouter,
});

export type StreamRouter = typeof streamRouter;
