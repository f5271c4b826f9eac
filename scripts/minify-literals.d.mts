import type { Plugin } from 'vite';
export function minifyCss(css: string): string;
export function minifyCssLiterals(code: string): string;
export function minifyLiteralsPlugin(): Plugin;
export function minifyLiteralsEsbuild(): { name: string; setup(build: unknown): void };
export function minifyHtmlLiterals(code: string): string;
export function minifyLiterals(code: string): string;
