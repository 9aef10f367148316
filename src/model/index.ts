export * from './schema.ts';
export * from './parse.ts';
export * from './serialize.ts';
export * from './edits.ts';
export * from './labels.ts';
export * from './names.ts';
export * from './linkKinds.ts';
export * from './planNames.ts';
