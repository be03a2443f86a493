import { ec2Router } from './router/ec2.js';
import { createRouter } from './trpc.js';

export const appRouter = createRouter({
  ec2: ec2Router,
});

export type AppRouter = typeof appRouter;
