// A small Language Server Protocol client: JSON-RPC 2.0 over stdio with Content-Length framing, enough to drive
// the ESLint language server the way VS Code's ESLint extension does (pull diagnostics, code actions as commands,
// workspace/applyEdit, workspace/configuration).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
  code?: string | number;
  codeDescription?: { href: string };
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  command?: Command;
  edit?: WorkspaceEdit;
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}
/** `eslint/status`: 1 ok, 2 warn, 3 error (a crashed rule or a config that failed to load). */
export interface EslintStatus {
  uri: string;
  state: 1 | 2 | 3;
  validationTime?: number;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface OpenDocument {
  languageId: string;
  version: number;
  text: string;
}

export interface ServerOptions {
  /** The server's entry script (run with this Node). */
  readonly server: string;
  /** The workspace folder: the server's cwd and the folder the client announces. */
  readonly workspace: string;
  /** The answer to each `workspace/configuration` item. */
  readonly settings: Record<string, unknown>;
  /** Upper bound for each request. */
  readonly requestTimeoutMs?: number;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies LSP text edits (non-overlapping, positions in the original text) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of located) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly documents = new Map<string, OpenDocument>();
  private exited: Promise<void>;
  /** Every `eslint/status` notification, in order. */
  readonly statuses: EslintStatus[] = [];
  /** Every `workspace/applyEdit` the server asked for. */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Requests and notifications from the server, by method (for assertions and for debugging a failure). */
  readonly received: { method: string; params: unknown }[] = [];
  stderr = '';

  constructor(private readonly options: ServerOptions) {
    this.child = spawn(process.execPath, [options.server, '--stdio'], {
      cwd: options.workspace,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    void this.exited.then(() => {
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`server exited before answering request ${id}\n${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  /** `initialize` + `initialized`, declaring what VS Code declares for the parts the ESLint server reads. */
  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const folder = { uri: uriOf(this.options.workspace), name: path.basename(this.options.workspace) };
    const result = (await this.request('initialize', {
      processId: process.pid,
      rootUri: folder.uri,
      workspaceFolders: [folder],
      capabilities: {
        workspace: { applyEdit: true, configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          codeAction: {
            dynamicRegistration: false,
            isPreferredSupport: true,
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.organizeImports'] },
            },
          },
        },
      },
    })) as { capabilities: Record<string, unknown> };
    this.notify('initialized', {});
    return result;
  }

  open(file: string, languageId: string): string {
    const uri = uriOf(file);
    const document = { languageId, version: 1, text: readFileSync(file, 'utf8') };
    this.documents.set(uri, document);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: document.text } });
    return uri;
  }

  text(uri: string): string {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document.text;
  }

  /** Pull diagnostics (the server does not push them). */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = (await this.request('textDocument/diagnostic', { textDocument: { uri } })) as {
      kind: string;
      items: Diagnostic[];
    };
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return ((await this.request('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, triggerKind: 1 },
    })) ?? []) as CodeAction[];
  }

  /** Runs a code action's command; the server answers with a `workspace/applyEdit` request first. */
  async run(action: CodeAction): Promise<void> {
    if (action.edit) this.applyWorkspaceEdit(action.edit);
    if (action.command) {
      await this.request('workspace/executeCommand', {
        command: action.command.command,
        arguments: action.command.arguments ?? [],
      });
    }
  }

  lastStatus(uri: string): EslintStatus | undefined {
    return this.statuses.filter((status) => status.uri === uri).at(-1);
  }

  async shutdown(timeoutMs = 5_000): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await this.request('shutdown', null, timeoutMs);
        this.notify('exit', null);
      } catch {
        // Killed below.
      }
    }
    await this.kill(timeoutMs);
  }

  /** Ends the server process: waits `graceMs` for it to exit, then SIGKILL. */
  async kill(graceMs = 0): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    if (graceMs === 0) this.child.kill('SIGKILL');
    await this.exited;
    clearTimeout(timer);
  }

  request(method: string, params: unknown, timeoutMs = this.options.requestTimeoutMs ?? 20_000): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\nserver stderr:\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: *(\d+)/iu.exec(header)?.[1];
      if (length === undefined) throw new Error(`LSP header without Content-Length: ${header}`);
      const start = headerEnd + 4;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!pending) return;
      this.pending.delete(message.id as number);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending.resolve(message.result);
      return;
    }
    this.received.push({ method: message.method, params: message.params });
    if (message.method === 'eslint/status') this.statuses.push(message.params as EslintStatus);
    if (message.id === undefined) return; // a notification
    let result: unknown;
    try {
      result = this.answer(message.method, message.params);
    } catch (error) {
      this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } });
      return;
    }
    this.send({ jsonrpc: '2.0', id: message.id, result });
  }

  /** Answers the server's requests as VS Code would. */
  private answer(method: string, params: unknown): unknown {
    switch (method) {
      case 'workspace/configuration': {
        const { items } = params as { items: { scopeUri?: string; section?: string }[] };
        return items.map(() => this.options.settings);
      }
      case 'workspace/applyEdit': {
        const { edit } = params as { edit: WorkspaceEdit };
        this.appliedEdits.push(edit);
        this.applyWorkspaceEdit(edit);
        return { applied: true };
      }
      case 'workspace/workspaceFolders':
        return [{ uri: uriOf(this.options.workspace), name: path.basename(this.options.workspace) }];
      default:
        // client/registerCapability, window/workDoneProgress/create, workspace/diagnostic/refresh,
        // eslint/noConfig, eslint/noLibrary, eslint/probeFailed, eslint/openDoc: acknowledged.
        return method.startsWith('eslint/') ? {} : null;
    }
  }

  private applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
    for (const change of edit.documentChanges ?? []) {
      const document = this.documents.get(change.textDocument.uri);
      if (document && change.textDocument.version !== null && change.textDocument.version !== document.version) {
        throw new Error(`edit for version ${change.textDocument.version} of ${change.textDocument.uri}, open is ${document.version}`);
      }
      byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits]);
    }
    for (const [uri, edits] of byUri) {
      const document = this.documents.get(uri);
      if (!document) throw new Error(`edit for a document that is not open: ${uri}`);
      document.text = applyTextEdits(document.text, edits);
      document.version += 1;
      this.notify('textDocument/didChange', {
        textDocument: { uri, version: document.version },
        contentChanges: [{ text: document.text }],
      });
    }
  }
}
