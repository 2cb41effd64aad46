import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** A name bound by an import or a top-level `require`. */
export interface ImportedBinding {
  readonly source: string;
  /** 'default', '*' (namespace or whole CJS module) or the named export. */
  readonly imported: string;
  readonly typeOnly: boolean;
}

/** Module sources the file uses and the local names they bind. */
export interface ModuleUsage {
  readonly sources: ReadonlySet<string>;
  readonly bindings: ReadonlyMap<string, ImportedBinding>;
  /** Every `require('m')` call of the file, in source order (traced to the exports they reach). */
  readonly requireCalls: readonly RequireCall[];
  /**
   * Whether the file takes from `source` only some of `names`, each as a value: named imports
   * (`import { constants } from 'node:http2'`), destructured `require`s (`const { constants } = require('node:http2')`)
   * and members of a `require` (`require('node:http2').constants`). False when the file does not use `source`.
   */
  usesOnly(source: string, names: ReadonlySet<string>): boolean;
}

export interface RequireCall {
  readonly call: TSESTree.CallExpression;
  readonly source: string;
}

/** `require('x')` → 'x'. */
export function requiredSource(node: TSESTree.Node): string | undefined {
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  ) {
    const [argument] = node.arguments;
    if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') return argument.value;
  }
  return undefined;
}

export class ModuleUsageCollector {
  readonly sources = new Set<string>();
  readonly requireCalls: RequireCall[] = [];
  /** Import declarations met, read for their bindings only when asked (most files never ask). */
  private readonly imports: TSESTree.ImportDeclaration[] = [];
  private readonly otherBindings = new Map<string, ImportedBinding>();
  private importBindings: Map<string, ImportedBinding> | undefined;

  /** The local names bound by the file's imports and top-level `require`s. */
  get bindings(): ReadonlyMap<string, ImportedBinding> {
    if (this.imports.length === 0) return this.otherBindings;
    if (!this.importBindings) {
      this.importBindings = new Map();
      for (const node of this.imports) this.bindImport(this.importBindings, node);
      // Later bindings of a name win, as in the order the traversal met them; requires come after imports.
      for (const [name, binding] of this.otherBindings) this.importBindings.set(name, binding);
    }
    return this.importBindings;
  }

  addImport(node: TSESTree.ImportDeclaration): void {
    this.sources.add(node.source.value);
    this.imports.push(node);
    this.importBindings = undefined;
  }

  private bindImport(bindings: Map<string, ImportedBinding>, node: TSESTree.ImportDeclaration): void {
    const source = node.source.value;
    for (const specifier of node.specifiers) {
      const typeOnly =
        node.importKind === 'type' ||
        (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type');
      let imported: string;
      if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) imported = 'default';
      else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) imported = '*';
      else
        imported =
          specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      bindings.set(specifier.local.name, { source, imported, typeOnly });
    }
  }

  usesOnly(source: string, names: ReadonlySet<string>): boolean {
    if (this.wholeModules?.has(source)) return false;
    let uses = false;
    for (const node of this.imports) {
      if (node.source.value !== source) continue;
      if (node.importKind === 'type' || node.specifiers.length === 0) return false;
      for (const specifier of node.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') return false;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (!names.has(imported)) return false;
      }
      uses = true;
    }
    for (const { call, source: required } of this.requireCalls) {
      if (required !== source) continue;
      if (!takesOnly(call, names)) return false;
      uses = true;
    }
    return uses;
  }

  /** Sources bound whole by `import x = require('y')`. */
  private wholeModules: Set<string> | undefined;

  /** `import x = require('y')` in TS. */
  addImportEquals(node: TSESTree.TSImportEqualsDeclaration): void {
    const reference = node.moduleReference;
    if (
      reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      reference.expression.type === AST_NODE_TYPES.Literal &&
      typeof reference.expression.value === 'string'
    ) {
      const source = reference.expression.value;
      this.sources.add(source);
      (this.wholeModules ??= new Set()).add(source);
      this.bind(node.id.name, { source, imported: '*', typeOnly: node.importKind === 'type' });
    }
  }

  addRequire(call: TSESTree.CallExpression, source: string): void {
    this.sources.add(source);
    this.requireCalls.push({ call, source });
    const parent = call.parent;
    if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== call) return;
    if (parent.id.type === AST_NODE_TYPES.Identifier) {
      this.bind(parent.id.name, { source, imported: '*', typeOnly: false });
    } else if (parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of parent.id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.value.type === AST_NODE_TYPES.Identifier
        ) {
          this.bind(property.value.name, { source, imported: property.key.name, typeOnly: false });
        }
      }
    }
  }

  private bind(name: string, binding: ImportedBinding): void {
    this.otherBindings.set(name, binding);
    this.importBindings = undefined;
  }
}

/** Whether `require(…)` is only destructured into, or read a member of, among `names`. */
function takesOnly(call: TSESTree.CallExpression, names: ReadonlySet<string>): boolean {
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === call) {
    return !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier && names.has(parent.property.name);
  }
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== call || parent.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  return (
    parent.id.properties.length > 0 &&
    parent.id.properties.every(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        names.has(property.key.name),
    )
  );
}
