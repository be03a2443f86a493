import { ApiError } from './errors/api-error.js';
import { credentialHeaders } from './protocol.js';
import { awsCredentialsSchema } from './schemas/credentials.js';
import { publicProcedure } from './trpc.js';

function credentialIssue(path: PropertyKey, message: string) {
  const field = String(path) as keyof typeof credentialHeaders;
  return { path: field, message: `${message} (header ${credentialHeaders[field]})` };
}

/** A procedure that runs with the caller's validated AWS credentials. */
export const awsProcedure = publicProcedure.use(function requireCredentials({
  ctx,
  next,
}) {
  const parsed = awsCredentialsSchema.safeParse(ctx.credentials);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      credentialIssue(issue.path[0] ?? '', issue.message),
    );
    const text = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new ApiError('MISSING_CREDENTIALS', text, { issues });
  }

  const credentials = parsed.data;
  const secrets = [
    credentials.accessKeyId,
    credentials.secretAccessKey,
    credentials.sessionToken,
  ];

  return next({ ctx: { credentials, secrets } });
});
