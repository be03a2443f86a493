// What the API reports for each instance of a start or stop, as tests expect it.

/** An instance EC2 moved from one state to another. */
export function stateChange(id: string, previousState: string, currentState: string) {
  return { id, previousState, currentState, ok: true, error: null };
}

/** An instance EC2 has never seen in the region. */
export function notFoundResult(id: string, region = 'us-east-1') {
  return {
    id,
    previousState: null,
    currentState: null,
    ok: false,
    error: {
      code: 'INSTANCE_NOT_FOUND',
      awsCode: 'InvalidInstanceID.NotFound',
      message: `Instance ${id} not found in region ${region}`,
    },
  };
}
