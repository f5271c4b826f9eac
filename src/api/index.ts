/** Public surface of the LLR API client: schemas, inferred types, errors and the client. */
export * from './schemas';
export * from './errors';
export * from './client';
export * from './usage';
