import { ApiError, describeError } from '@ec2-control/api';

import { restNames } from './params.js';

function restPath(path: string): string {
  const [head = '', ...rest] = path.split('.');
  const name = restNames[head] ?? head;
  const [index, ...fields] = rest;
  if (index === undefined) return name;
  return [`${name}[${index}]`, ...fields].join('.');
}

/** The same error the procedure raised, naming the REST parameters instead of fields. */
export function toRestError(error: unknown): ApiError {
  const view = describeError(error);
  const { apiCode, message, status: _status, ...details } = view;
  if (!details.issues) return new ApiError(apiCode, message, details);

  const issues = details.issues.map((issue) => ({
    ...issue,
    path: restPath(issue.path),
  }));
  const text = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
  return new ApiError(apiCode, text, { ...details, issues });
}
