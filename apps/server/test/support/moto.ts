import { type MotoServer, startMoto } from '@ec2-control/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';

// Without its 44 default AMIs, moto rebuilds a region after each reset in a few
// milliseconds rather than a tenth of a second. Instances launch from any image id.
const lean = { MOTO_EC2_LOAD_DEFAULT_AMIS: 'false' };

/**
 * A moto server for this test file alone, emptied before each test. Files run in
 * parallel, so sharing one would let their instances mix.
 */
export function useMoto(): { readonly server: MotoServer; readonly endpoint: string } {
  let moto: MotoServer | undefined;

  function current(): MotoServer {
    if (!moto) throw new Error('moto is not started yet: use it inside a test');
    return moto;
  }

  beforeAll(async () => {
    moto = await startMoto({ env: lean });
  });
  afterAll(() => moto?.stop());
  beforeEach(() => current().reset());

  return {
    get server() {
      return current();
    },
    get endpoint() {
      return current().endpoint;
    },
  };
}
