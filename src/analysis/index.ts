import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { registry } from './registry.js';
import { FileResolver } from './resolver.js';
import { SiteFinder, type StatusSite } from './sites.js';

export type { StatusSite } from './sites.js';
export type { StaticValue } from './resolver.js';

/**
 * The shared analysis of one file. Every rule asks it for the status sites of the nodes it
 * visits; the first rule to ask about a node pays for the work, the others read the cache.
 */
export class FileAnalysis {
  readonly resolver: FileResolver;
  private readonly finder: SiteFinder;
  private readonly sites = new WeakMap<TSESTree.Node, readonly StatusSite[]>();
  /** Local names that could be a framework function when called bare: imports, globals, sink names. */
  private readonly bareCallNames: ReadonlySet<string>;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, filename: string) {
    this.resolver = new FileResolver(sourceCode, filename);
    this.finder = new SiteFinder(this.resolver);
    this.bareCallNames = collectBareCallNames(sourceCode.ast);
  }

  /** The status sites of a call, `new`, assignment, comparison or `switch`. */
  sitesOf(node: TSESTree.Node): readonly StatusSite[] {
    let sites = this.sites.get(node);
    if (!sites) {
      sites = this.find(node);
      this.sites.set(node, sites);
    }
    return sites;
  }

  private find(node: TSESTree.Node): readonly StatusSite[] {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        if (node.callee.type === AST_NODE_TYPES.Identifier && !this.bareCallNames.has(node.callee.name)) return NONE;
        return this.finder.call(node);
      case AST_NODE_TYPES.NewExpression:
        return this.finder.construct(node);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.finder.assignment(node);
      case AST_NODE_TYPES.BinaryExpression:
        return this.finder.comparison(node);
      case AST_NODE_TYPES.SwitchStatement:
        return this.finder.switchCases(node);
      default:
        return NONE;
    }
  }
}

const NONE: readonly StatusSite[] = Object.freeze([]);

function collectBareCallNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>([...registry.globals.keys(), ...registry.sinkMethods]);
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) addBindingNames(declarator.id, names);
    }
  }
  return names;
}

function addBindingNames(pattern: TSESTree.Node, names: Set<string>): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      names.add(pattern.name);
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        addBindingNames(property.type === AST_NODE_TYPES.Property ? property.value : property.argument, names);
      }
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      addBindingNames(pattern.left, names);
      break;
    default:
      break;
  }
}

const analyses = new WeakMap<object, FileAnalysis>();

/** The analysis of the file being linted, created once per `SourceCode` and shared by all rules. */
export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const { sourceCode } = context;
  let analysis = analyses.get(sourceCode);
  if (!analysis) {
    analysis = new FileAnalysis(sourceCode, context.filename);
    analyses.set(sourceCode, analysis);
  }
  return analysis;
}

/**
 * The listeners a rule returns to see every status site of the file, in source order. Rules
 * filter the sites they care about in `onSite`.
 */
export function statusSiteListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onSite: (site: StatusSite) => void,
): TSESLint.RuleListener {
  const analysis = getFileAnalysis(context);
  const visit = (node: TSESTree.Node): void => {
    for (const site of analysis.sitesOf(node)) onSite(site);
  };
  return {
    CallExpression: visit,
    NewExpression: visit,
    AssignmentExpression: visit,
    BinaryExpression: visit,
    SwitchStatement: visit,
  };
}
