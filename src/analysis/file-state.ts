import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { ShapeSpec } from '../frameworks/types.js';
import { applicationDependencies } from '../project/versions.js';
import { FileAnalysis } from './analysis.js';
import { registry, type NameSets } from './registry.js';
import { namesInFile } from './relevance.js';

/** What the plugin keeps for one parse of a file: the names worth a look in it, and its analysis. */
interface FileState {
  /** `undefined` when no framework object can occur in the file. */
  readonly names: NameSets | undefined;
  /** The handler shapes of the frameworks the project depends on, unless the settings turn them off. */
  readonly shapes: readonly ShapeSpec[];
  /** Created when a rule first asks. */
  analysis?: FileAnalysis;
}

export type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Per-file state, keyed by the parse's `Program` node, as eslint-plugin-regexp keeps its own: a
 * new parse (another file, or the same file after a fix) gives a new Program, and the entry goes
 * when ESLint lets go of it. No ESLint internal is read, so this holds for `Linter` used directly,
 * for `--concurrency` (each worker thread has its own), and for oxlint, which hands every file the
 * same `SourceCode` object but a new Program.
 */
const files = new WeakMap<TSESTree.Program, FileState>();
/** The file asked about last: every rule of a pass asks about the same file, one after the other. */
let last: { program: TSESTree.Program; state: FileState } | undefined;

function fileStateOf(context: RuleContext): FileState {
  const program = context.sourceCode.ast;
  if (last?.program === program) return last.state;
  let state = files.get(program);
  if (!state) {
    const shapes = shapesOf(context);
    state = { names: namesInFile(context.sourceCode, context.filename, shapes), shapes };
    // Most files can hold no framework object: they have nothing to keep beyond this pass.
    if (state.names) files.set(program, state);
  }
  last = { program, state };
  return state;
}

/** The analysis of the file being linted, created once per parse and shared by all rules. */
export function getFileAnalysis(context: RuleContext): FileAnalysis {
  const state = fileStateOf(context);
  return (state.analysis ??= new FileAnalysis(context.sourceCode, context.filename, state.names, state.shapes));
}

/**
 * The handler shapes that count in this file: those of the frameworks the nearest package.json
 * lists in `dependencies`, none when `settings: { 'http-status': { handlerShapes: false } }`.
 */
function shapesOf(context: RuleContext): readonly ShapeSpec[] {
  const settings: unknown = context.settings['http-status'];
  if (settings && typeof settings === 'object' && (settings as { handlerShapes?: unknown }).handlerShapes === false) return [];
  const folder = path.dirname(context.filename);
  let shapes = shapesByFolder.get(folder);
  if (!shapes) {
    shapes = registry.shapesFor(applicationDependencies(context.filename));
    shapesByFolder.set(folder, shapes);
  }
  return shapes;
}

/** The files of a folder share their nearest package.json, so their shapes: one lookup per file. */
const shapesByFolder = new Map<string, readonly ShapeSpec[]>();

/**
 * Whether a framework object can occur in the file being linted at all. Every rule of the plugin
 * works through the analysis, so in most files none needs to be created: `createRule` returns no
 * listeners for them.
 */
export function mayHaveFrameworkObjects(context: RuleContext): boolean {
  return fileStateOf(context).names !== undefined;
}
