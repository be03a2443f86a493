import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

import { http } from './http.js';

// ajv-formats is CommonJS with a default export, which NodeNext types one level deep.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

interface Parameter {
  name: string;
  in: 'query' | 'header';
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { properties: object } }> };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  security?: unknown;
  components?: { securitySchemes?: Record<string, unknown> };
}

/** JSON pointer segments, escaped as RFC 6901 says. */
function pointer(...segments: (string | number)[]): string {
  return segments
    .map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('/');
}

export async function fetchDocument(url: string): Promise<OpenApiDocument> {
  const response = await http(url, '/openapi.json');
  if (response.status !== 200) throw new Error(`/openapi.json: ${response.status}`);
  return response.body;
}

/** Checks values against the schemas of one document, with JSON Schema 2020-12. */
export function documentSchemas(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi.json');

  function check(path: string, value: unknown): string[] {
    const validate = ajv.getSchema(`openapi.json#/${path}`);
    if (!validate) throw new Error(`no schema at ${path}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => ajv.errorsText([e]));
  }

  function operation(path: string, method: string): Operation {
    const found = document.paths[path]?.[method];
    if (!found) throw new Error(`${method} ${path} is not documented`);
    return found;
  }

  return {
    /** Query and header parameters, then body properties, by name. */
    parameterNames(path: string, method: string, where: 'query' | 'header' | 'body') {
      const op = operation(path, method);
      if (where !== 'body') {
        return (op.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);
      }
      const media = op.requestBody?.content['application/json'];
      return Object.keys(media?.schema.properties ?? {});
    },

    /** Problems the documented schema finds with a parameter's value; none if valid. */
    checkParameter(path: string, method: string, name: string, value: unknown) {
      const op = operation(path, method);
      const index = (op.parameters ?? []).findIndex((p) => p.name === name);
      const at =
        index >= 0
          ? pointer('paths', path, method, 'parameters', index, 'schema')
          : pointer('paths', path, method, 'requestBody', 'content', 'application/json') +
            `/schema/properties/${pointer(name)}`;
      return check(at, value);
    },

    /** Problems with a response body, or that its status is not documented at all. */
    checkResponse(path: string, method: string, status: number, body: unknown) {
      const op = operation(path, method);
      if (!op.responses[String(status)]) return [`status ${status} is not documented`];
      const at = pointer('paths', path, method, 'responses', status, 'content');
      return check(`${at}/${pointer('application/json', 'schema')}`, body);
    },
  };
}
