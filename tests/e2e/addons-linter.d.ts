/** The part of addons-linter's programmatic API (README "Using as a library") that tests/e2e/addons-lint.e2e.ts uses. */
declare module 'addons-linter' {
  interface LintMessage { code: string; message: string; file?: string }
  interface LintReport { errors: LintMessage[]; warnings: LintMessage[]; summary: { errors: number; warnings: number; notices: number } }
  const linter: { createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintReport> } };
  export default linter;
}
