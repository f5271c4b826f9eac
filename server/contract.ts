/**
 * api/openapi.yaml as the server's single source of routes and validation. `contractRoutes()` reads every
 * operation of the contract and turns it into a Fastify route whose parameter, header, body and response schemas
 * are JSON pointers into the contract itself (`openapi#/components/schemas/UsageEvent`), never copies. The
 * compilers below run them with Ajv in the contract's dialect (JSON Schema 2020-12): requests are validated
 * strictly (unknown fields rejected, never silently removed, nothing coerced), and responses are validated
 * before they are sent, so the server cannot answer outside the contract.
 *
 * Why not fastify-openapi-glue or openapi-backend: on this contract the glue's reference resolver drops the
 * siblings of `$ref` (OpenAPI 3.1) and fails to load it, and openapi-backend validates the document as OpenAPI
 * 3.0 with draft-07 Ajv; both were tried here (fastify-openapi-glue 4.11, openapi-backend 5.21).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import type { FastifySchema, FastifySchemaCompiler, FastifySerializerCompiler, HTTPMethods } from 'fastify';

export const SPEC_URL = new URL('../api/openapi.yaml', import.meta.url);
const SPEC_ID = 'openapi';

type Json = Record<string, unknown>;

export interface Contract {
  readonly spec: Json;
  /** The base path of the API: the contract's first server URL (`/api/llr/v1`). */
  readonly basePath: string;
  readonly validatorCompiler: FastifySchemaCompiler<unknown>;
  serializerCompiler(validateResponses: boolean): FastifySerializerCompiler<unknown>;
  /** A check of one component schema (`Catalogue`), for documents built at start; throws when it does not conform. */
  checker(component: string): (data: unknown) => void;
}

export interface ContractRoute {
  operationId: string;
  method: HTTPMethods;
  /** Fastify's form: `/trainings/:id`. */
  url: string;
  schema: FastifySchema;
}

/** A response that does not conform to the contract: a bug of ours, answered as a 500 instead. */
export class ResponseContractError extends Error {
  override readonly name = 'ResponseContractError';
}

/** Fastify reads `validation` and `validationContext` off a validation error. */
class RequestValidationError extends Error {
  constructor(readonly validation: ErrorObject[]) {
    super(describe(validation));
  }
}

const describe = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`).join('; ');

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export function loadContract(): Contract {
  const spec = parse(readFileSync(SPEC_URL, 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, coerceTypes: false, allErrors: false });
  addFormats(ajv);
  // OpenAPI's own keywords around and beside the schemas: annotations, not assertions.
  ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'tags', 'paths', 'components', 'security', 'webhooks']);
  ajv.addVocabulary(['discriminator', 'example', 'xml', 'externalDocs']);
  ajv.addSchema(spec, SPEC_ID);

  const servers = spec.servers as { url: string }[] | undefined;
  return {
    spec,
    basePath: servers?.[0]?.url ?? '',
    validatorCompiler: ({ schema }) => {
      const validate = ajv.compile(schema as object);
      return (data: unknown) => (validate(data) ? { value: data } : { error: new RequestValidationError(validate.errors ?? []) });
    },
    serializerCompiler: (validateResponses) => ({ schema, url, httpStatus }) => {
      if (!validateResponses) return (data) => JSON.stringify(data);
      const validate = ajv.compile(schema as object);
      return (data) => {
        if (!validate(data)) throw new ResponseContractError(`response ${httpStatus} of ${url} breaks the contract: ${describe(validate.errors)}`);
        return JSON.stringify(data);
      };
    },
    checker: (component) => {
      const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${component}`);
      if (!validate) throw new Error(`the contract has no schema ${component}`);
      return (data) => {
        if (!validate(data)) throw new ResponseContractError(`${component} breaks the contract: ${describe(validate.errors)}`);
      };
    },
  };
}

/** Follows a local `$ref` (`#/components/parameters/X`) to its node and its pointer. */
function deref(spec: Json, node: Json, pointer: string): { node: Json; pointer: string } {
  let current = node;
  let where = pointer;
  while (typeof current.$ref === 'string') {
    where = current.$ref;
    current = where
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((n, key) => (n as Json)[key], spec) as Json;
  }
  return { node: current, pointer: where };
}

const ref = (pointer: string) => ({ $ref: `${SPEC_ID}${pointer}` });

/** Every operation of the contract as a Fastify route with schemas that point into the contract. */
export function contractRoutes(contract: Contract): ContractRoute[] {
  const { spec } = contract;
  const routes: ContractRoute[] = [];
  for (const [path, item] of Object.entries(spec.paths as Json)) {
    for (const [method, opNode] of Object.entries(item as Json)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = opNode as Json;
      const opPointer = `#/paths/${escapePointer(path)}/${method}`;
      const schema: FastifySchema & Record<string, unknown> = {};

      // Parameters by location; each property is a pointer to the parameter's own schema.
      const groups: Record<string, { properties: Json; required: string[] }> = {};
      for (const [i, paramRef] of ((op.parameters as Json[] | undefined) ?? []).entries()) {
        const { node: param, pointer } = deref(spec, paramRef, `${opPointer}/parameters/${i}`);
        const where = String(param.in);
        const group = (groups[where] ??= { properties: {}, required: [] });
        const name = where === 'header' ? String(param.name).toLowerCase() : String(param.name);
        group.properties[name] = ref(`${pointer}/schema`);
        if (param.required) group.required.push(name);
      }
      const asObject = (g: { properties: Json; required: string[] }) => ({ type: 'object', properties: g.properties, required: g.required });
      if (groups.path) schema.params = asObject(groups.path);
      if (groups.query) schema.querystring = asObject(groups.query);
      if (groups.header) schema.headers = asObject(groups.header);

      const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
      if (body?.['application/json']) schema.body = ref(`${opPointer}/requestBody/content/application~1json/schema`);

      // Responses with a JSON body: validated when the server sends an object (ready-made strings were checked at start).
      const response: Json = {};
      for (const [status, responseRef] of Object.entries(op.responses as Json)) {
        const { node: declared, pointer } = deref(spec, responseRef as Json, `${opPointer}/responses/${status}`);
        if ((declared.content as Json | undefined)?.['application/json']) {
          response[status] = ref(`${pointer}/content/application~1json/schema`);
        }
      }
      if (Object.keys(response).length > 0) schema.response = response;

      routes.push({
        operationId: String(op.operationId),
        method: method.toUpperCase() as HTTPMethods,
        url: `${contract.basePath}${path.replace(/\{(\w+)\}/g, ':$1')}`,
        schema,
      });
    }
  }
  return routes;
}
