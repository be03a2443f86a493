/** Credentials the sandbox accepts; `allow` limits the key to those EC2 actions. */
export interface KeyPair {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly allow?: readonly string[];
}

export interface Caller {
  readonly keyPair: KeyPair;
  readonly region: string;
}
