import type { Plugin } from 'vite';
export const CSS_TARGETS: { chrome: number; edge: number; firefox: number; safari: number; ios_saf: number };
export const MINIFY_OPTIONS: Record<string, unknown>;
export function minifyLiterals(code: string, fileName: string): Promise<{ code: string; map?: unknown } | null>;
export function minifyLiteralsPlugin(): Plugin;
export function minifyLiteralsEsbuild(): { name: string; setup(build: unknown): void };
