/** The original Flask service's parameters for one key pair and region. */
export function originalParams(
  credentials: { accessKeyId: string; secretAccessKey: string },
  region = 'us-east-1',
) {
  return {
    aws_access_key_id: credentials.accessKeyId,
    aws_secret_access_key: credentials.secretAccessKey,
    region_name: region,
  };
}
