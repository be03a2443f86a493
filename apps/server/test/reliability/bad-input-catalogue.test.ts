import { expect, test } from 'vitest';

import { canaryHeaders, canaryParams, leaksIn } from '../support/canary.js';
import { closedPortEndpoint } from '../support/dead-endpoints.js';
import { type HttpCall, type HttpResult, http } from '../support/http.js';
import { startServer } from '../support/server.js';
import { rawHttp } from './support/raw-http.js';

interface BadInput {
  /** What is wrong, and where. */
  what: string;
  path: string;
  /** A request fetch can send; `raw` is used for those it cannot. */
  call?: HttpCall;
  raw?: { head: string[]; body?: string };
  status: number;
  code: string;
  /** The parameter or the problem the error must name. */
  names: string;
}

const id = 'i-0123456789abcdef0';
const region = { region_name: 'us-east-1' };
const stop = { ...region, instance_id: id };
const manyIds = Array.from(
  { length: 10_000 },
  (_, n) => `i-${n.toString(16).padStart(17, '0')}`,
);
const post = (query: Record<string, string | string[]>): HttpCall => ({
  method: 'POST',
  query: { ...canaryParams, ...query },
});
const json = (body: Record<string, unknown>): HttpCall => ({
  json: { ...canaryParams, ...body },
});
const trpcQuery = (procedure: string, input: unknown) =>
  `/trpc/ec2.${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
const trpc = (input: unknown): HttpCall => ({ json: input, headers: canaryHeaders });
const typed = (type: string, body: string): HttpCall => ({
  method: 'POST',
  body,
  headers: { ...canaryHeaders, 'content-type': type },
});

const oversized = { ...stop, padding: 'x'.repeat(1_200_000) };

const catalogue: BadInput[] = [
  // Oversized bodies
  ...['/ec2/list', '/ec2/start', '/ec2/stop'].map((path) => ({
    what: `a JSON body over the limit on ${path}`,
    path,
    call: json(oversized),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    names: 'body',
  })),
  {
    what: 'a form body over the limit on /ec2/start',
    path: '/ec2/start',
    call: { form: { ...canaryParams, ...oversized } },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    names: 'body',
  },
  {
    what: 'a tRPC mutation body over the limit',
    path: '/trpc/ec2.stop',
    call: trpc({ region: 'us-east-1', instanceIds: [id], padding: oversized.padding }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    names: 'body',
  },
  // Wrong content types
  {
    what: 'an XML body on /ec2/list',
    path: '/ec2/list',
    call: typed('application/xml', '<region_name>us-east-1</region_name>'),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    names: 'application/json',
  },
  {
    what: 'a multipart body on /ec2/start',
    path: '/ec2/start',
    call: typed('multipart/form-data; boundary=x', '--x\r\n\r\nregion_name\r\n--x--'),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    names: 'application/json',
  },
  {
    what: 'a plain-text body on /ec2/stop',
    path: '/ec2/stop',
    call: typed('text/plain', `region_name=us-east-1&instance_id=${id}`),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    names: 'application/json',
  },
  {
    what: 'an empty body declared as JSON on /ec2/stop',
    path: '/ec2/stop',
    call: typed('application/json', ''),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'empty',
  },
  {
    what: 'a form body on a tRPC mutation',
    path: '/trpc/ec2.start',
    call: typed(
      'application/x-www-form-urlencoded',
      `region=us-east-1&instanceIds=${id}`,
    ),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    names: 'Media Type',
  },
  // Arrays where strings belong
  ...['/ec2/list', '/ec2/start', '/ec2/stop'].map((path) => ({
    what: `region_name as a JSON array on ${path}`,
    path,
    call: json({ ...stop, region_name: ['us-east-1'] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  })),
  {
    what: 'aws_secret_access_key as a JSON array',
    path: '/ec2/list',
    call: json({
      ...region,
      aws_secret_access_key: [canaryParams.aws_secret_access_key],
    }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'aws_secret_access_key',
  },
  {
    what: 'instance_id as nested JSON arrays',
    path: '/ec2/stop',
    call: json({ ...region, instance_id: [[id]] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'instance_id[0]',
  },
  {
    what: 'dry_run as a JSON array',
    path: '/ec2/start',
    call: json({ ...stop, dry_run: ['true'] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'dry_run',
  },
  {
    what: 'a tRPC region given as an array',
    path: '/trpc/ec2.stop',
    call: trpc({ region: ['us-east-1'], instanceIds: [id] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region',
  },
  // 10,000 ids
  ...['/ec2/start', '/ec2/stop', '/ec2/list'].map((path) => ({
    what: `10,000 ids in a JSON body on ${path}`,
    path,
    call: json({ ...region, instance_id: manyIds }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'instance_id',
  })),
  {
    what: '10,000 ids as repeated form fields on /ec2/stop',
    path: '/ec2/stop',
    call: { form: { ...canaryParams, ...region, instance_id: manyIds } },
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'instance_id',
  },
  {
    what: '10,000 ids in a tRPC mutation',
    path: '/trpc/ec2.start',
    call: trpc({ region: 'us-east-1', instanceIds: manyIds }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'instanceIds',
  },
  {
    what: '2,000 ids in a query string, past the header size limit',
    path: '/ec2/stop',
    call: post({ ...region, instance_id: manyIds.slice(0, 2000).join(',') }),
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    names: 'body',
  },
  // Non-ASCII and control characters
  {
    what: 'a non-ASCII region_name',
    path: '/ec2/list',
    call: post({ region_name: 'us-éast-1' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  },
  {
    what: 'a NUL byte in region_name',
    path: '/ec2/start',
    call: post({ ...stop, region_name: 'us-east-1\u0000' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  },
  {
    what: 'full-width digits in instance_id',
    path: '/ec2/stop',
    call: post({ ...region, instance_id: 'i-０１２３４５６７' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'instance_id',
  },
  {
    what: 'a bell character in a JSON region_name',
    path: '/ec2/stop',
    call: json({ ...stop, region_name: 'us-east-1\u0007' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  },
  {
    what: 'a non-ASCII access key id',
    path: '/ec2/list',
    call: post({ ...region, aws_access_key_id: 'AKIAÄÖÜ0000000000000' }),
    status: 400,
    code: 'MISSING_CREDENTIALS',
    names: 'aws_access_key_id',
  },
  {
    what: 'a tRPC region with an emoji',
    path: trpcQuery('list', { region: 'us-east-1🙂' }),
    call: { headers: canaryHeaders },
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region',
  },
  {
    what: 'raw non-ASCII bytes in the URL',
    path: '/ec2/list',
    raw: { head: ['GET /ec2/list?region_name=us-éast-1 HTTP/1.1'] },
    status: 400,
    code: 'MALFORMED_REQUEST',
    names: 'URL',
  },
  // Path traversal in region names
  ...['../../etc/passwd', 'us-east-1/../../x', '..%2F..%2Fetc', '..\\..\\windows'].map(
    (traversal) => ({
      what: `region_name ${traversal}`,
      path: '/ec2/list',
      call: post({ region_name: traversal }),
      status: 400,
      code: 'VALIDATION_FAILED',
      names: 'region_name',
    }),
  ),
  {
    what: 'a tRPC region climbing out of its directory',
    path: '/trpc/ec2.stop',
    call: trpc({ region: '../us-east-1', instanceIds: [id] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region',
  },
  {
    what: 'a path climbing out of /ec2',
    path: '/ec2/../../etc/passwd',
    raw: { head: ['GET /ec2/../../etc/passwd HTTP/1.1'] },
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    names: '/ec2/../../etc/passwd',
  },
  // Negative or non-numeric limits
  ...['-1', 'abc', '1e3', '99999999999', '0'].map((limit) => ({
    what: `limit=${limit}`,
    path: '/ec2/list',
    call: post({ ...region, limit }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'limit',
  })),
  {
    what: 'a fractional JSON limit',
    path: '/ec2/list',
    call: json({ ...region, limit: 2.5 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'limit',
  },
  {
    what: 'a negative wait_timeout_seconds',
    path: '/ec2/start',
    call: post({ ...stop, wait: 'true', wait_timeout_seconds: '-5' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'wait_timeout_seconds',
  },
  {
    what: 'a negative tRPC limit',
    path: trpcQuery('list', { region: 'us-east-1', limit: -1 }),
    call: { headers: canaryHeaders },
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'limit',
  },
  // Header injection
  {
    what: 'CR/LF and a header in region_name',
    path: '/ec2/list',
    call: post({ region_name: 'us-east-1\r\nSet-Cookie: injected=1' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  },
  {
    what: 'CR/LF and a header in instance_id',
    path: '/ec2/stop',
    call: post({ ...region, instance_id: `${id}\r\nSet-Cookie: injected=1` }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'instance_id',
  },
  {
    what: 'CR/LF and a header in a tRPC region',
    path: '/trpc/ec2.start',
    call: trpc({ region: 'us-east-1\r\nSet-Cookie: injected=1', instanceIds: [id] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region',
  },
  {
    what: 'an encoded CR/LF and a header in an unknown path',
    path: '/ec2/reboot%0D%0ASet-Cookie:%20injected=1',
    call: { headers: canaryHeaders },
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    names: '/ec2/reboot',
  },
  {
    what: 'a bare CR inside a credentials header',
    path: '/ec2/list',
    raw: {
      head: [
        'GET /ec2/list?region_name=us-east-1 HTTP/1.1',
        'x-aws-access-key-id: AKIA0000\rSet-Cookie: injected=1',
      ],
    },
    status: 400,
    code: 'MALFORMED_REQUEST',
    names: 'HTTP',
  },
  // Duplicated parameters
  ...['/ec2/list', '/ec2/start', '/ec2/stop'].map((path) => ({
    what: `region_name given twice on ${path}`,
    path,
    call: post({ ...stop, region_name: ['us-east-1', 'eu-west-1'] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  })),
  {
    what: 'aws_access_key_id given twice',
    path: '/ec2/list',
    call: post({ ...region, aws_access_key_id: ['AKIA0000000000000001', 'AKIA2'] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'aws_access_key_id',
  },
  {
    what: 'dry_run given twice, disagreeing',
    path: '/ec2/stop',
    call: post({ ...stop, dry_run: ['true', 'false'] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'dry_run',
  },
  {
    what: 'region_name and region disagreeing',
    path: '/ec2/start',
    call: post({ ...stop, region: 'eu-west-1' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'region_name',
  },
  {
    what: 'the access key header given twice',
    path: '/ec2/list',
    raw: {
      head: [
        'GET /ec2/list?region_name=us-east-1 HTTP/1.1',
        'x-aws-access-key-id: AKIA0000000000000001',
        'x-aws-access-key-id: AKIA0000000000000002',
        `x-aws-secret-access-key: ${canaryParams.aws_secret_access_key}`,
      ],
    },
    status: 400,
    code: 'MISSING_CREDENTIALS',
    names: 'aws_access_key_id',
  },
  {
    what: 'a tRPC input given twice',
    path: `${trpcQuery('list', { region: 'us-east-1' })}&input=${encodeURIComponent('{"region":"eu-west-1"}')}`,
    call: { headers: canaryHeaders },
    status: 400,
    code: 'VALIDATION_FAILED',
    names: 'input',
  },
];

// Nothing listens at the EC2 endpoint: input that slipped past validation would come
// back as 502 AWS_UNREACHABLE rather than the 4xx expected.
async function serve() {
  return startServer({
    EC2_ENDPOINT: await closedPortEndpoint(),
    AWS_MAX_ATTEMPTS: '1',
    RATE_LIMIT_MAX: '0',
  });
}

function send(url: string, input: BadInput): Promise<HttpResult> {
  if (input.raw) return rawHttp(url, input.raw.head, input.raw.body);
  return http(url, input.path, input.call);
}

/** The error as REST and tRPC bodies each carry it, in one shape. */
function errorOf(response: HttpResult, path: string) {
  const error = response.body?.error ?? {};
  if (!path.startsWith('/trpc/')) return error;

  const { apiCode, httpStatus, requestId, issues } = error.data ?? {};
  return { code: apiCode, status: httpStatus, message: error.message, requestId, issues };
}

const cases = catalogue.map(
  (input) => [`${input.what} is a ${input.status} ${input.code}`, input] as const,
);

test.for(cases)('%s', async ([, input]) => {
  const { url } = await serve();

  const response = await send(url, input);
  const error = errorOf(response, input.path);
  const named = `${error.message} ${JSON.stringify(error.issues ?? [])}`;

  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect({ status: response.status, code: error.code }).toEqual({
    status: input.status,
    code: input.code,
  });
  expect(error).toMatchObject({ status: input.status, message: expect.any(String) });
  expect(error.requestId).toMatch(/\S/);
  expect(named).toContain(input.names);
  expect(response.headers.get('set-cookie')).toBeNull();
  expect(leaksIn(response.text + JSON.stringify([...response.headers]))).toEqual([]);
});
