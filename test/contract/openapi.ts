/**
 * Loads api/openapi.yaml and checks real HTTP responses against it with ajv (JSON Schema 2020-12):
 * the status must be declared (exactly, as nXX, or default), the content type must be one the response
 * declares, required headers must be present and match their schema, and the body must match the schema.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

export const SPEC_URL = new URL('../../api/openapi.yaml', import.meta.url);
export const spec = parse(readFileSync(SPEC_URL, 'utf8')) as Json;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
// OpenAPI's own keywords: annotations for our purposes (ajv's discriminator option does not support `mapping`).
ajv.addVocabulary([
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'tags',
  'paths',
  'components',
  'security',
  'webhooks',
  'externalDocs',
  'discriminator',
  'example',
]);
ajv.addSchema(spec, 'openapi');

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function at(pointer: string): unknown {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], spec);
}

/** Follows `$ref`s; returns the object and its JSON pointer. */
function deref(node: unknown, pointer: string): { node: Json; pointer: string } {
  let current = node as Json;
  let where = pointer;
  for (let i = 0; i < 10 && typeof current?.$ref === 'string'; i++) {
    where = current.$ref as string;
    current = at(where) as Json;
  }
  return { node: current, pointer: where };
}

const validators = new Map<string, ValidateFunction>();
function validatorAt(pointer: string): ValidateFunction {
  let fn = validators.get(pointer);
  if (!fn) {
    fn = ajv.getSchema(`openapi${pointer}`);
    if (!fn) throw new Error(`no schema at ${pointer}`);
    validators.set(pointer, fn);
  }
  return fn;
}

export function validateSchema(pointer: string, data: unknown): string[] {
  const fn = validatorAt(pointer);
  return fn(data) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}

export interface Operation {
  path: string;
  method: string;
  operationId: string;
  pointer: string;
  node: Json;
}

export const operations: Operation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, node]) => ({
      path,
      method,
      operationId: (node as Json).operationId as string,
      pointer: `#/paths/${escape(path)}/${method}`,
      node: node as Json,
    })),
);

/** The operation for a concrete API path ('/rule-sets/current'): literal paths win over templated ones. */
export function findOperation(method: string, apiPath: string): Operation | undefined {
  const candidates = operations
    .filter((op) => op.method === method.toLowerCase())
    .filter((op) => new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(apiPath))
    .sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  return candidates[0];
}

export interface CheckedResponse {
  status: number;
  contentType: string | null;
  headers: Headers;
  text: string;
}

/** Every way `response` breaks the contract of `op` (empty when it conforms). */
export function contractViolations(op: Operation, response: CheckedResponse): string[] {
  const problems: string[] = [];
  const responses = op.node.responses as Json;
  const key = [String(response.status), `${String(response.status)[0]}XX`, 'default'].find((k) => k in responses);
  if (!key) return [`status ${response.status} is not declared for ${op.operationId}`];
  const { node: declared, pointer } = deref(responses[key], `${op.pointer}/responses/${key}`);

  for (const [name, headerRef] of Object.entries((declared.headers as Json | undefined) ?? {})) {
    const { node: header, pointer: headerPointer } = deref(headerRef, `${pointer}/headers/${escape(name)}`);
    const value = response.headers.get(name);
    if (value === null) {
      if (header.required) problems.push(`required header ${name} is missing`);
      continue;
    }
    if (header.schema) {
      const { pointer: schemaPointer } = deref(header.schema, `${headerPointer}/schema`);
      const errors = validateSchema(schemaPointer, value);
      problems.push(...errors.map((e) => `header ${name}: ${e}`));
    }
  }

  const content = declared.content as Json | undefined;
  if (!content) {
    if (response.text !== '') problems.push(`status ${response.status} declares no body but got ${response.text.length} characters`);
    return problems;
  }
  const mediaType = (response.contentType ?? '').split(';')[0]?.trim() ?? '';
  if (!(mediaType in content)) {
    problems.push(`content type "${mediaType}" not declared (expected ${Object.keys(content).join(', ')})`);
    return problems;
  }
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    problems.push('body is not JSON');
    return problems;
  }
  const schemaPointer = `${pointer}/content/${escape(mediaType)}/schema`;
  problems.push(...validateSchema(schemaPointer, body));
  return problems;
}
