/**
 * `RELIABILITY=fast`, as CI runs the suite: the load is shorter and the memory check,
 * which needs a long run to mean anything, is left out.
 */
export const fastMode = process.env.RELIABILITY === 'fast';
