/** `import text from './x.css?inline'`: Vite gives the stylesheet's text (minified in builds). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
