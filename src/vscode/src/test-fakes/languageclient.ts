// A stand-in for `vscode-languageclient/node`: records how the extension creates, starts, stops
// and talks to its client, and lets tests send notifications from the "server".

export enum TransportKind {
  stdio = 0,
}

export class LanguageClient {
  static instances: LanguageClient[] = [];
  /** When set, start() rejects with it (a server that cannot be started). */
  static startError: Error | undefined;

  readonly handlers = new Map<string, (params: unknown) => void>();
  readonly sent: { method: string; params: unknown }[] = [];
  started = false;
  stopped = false;

  constructor(
    public readonly id: string,
    public readonly name: string,
    public readonly serverOptions: { command: string; args: string[] },
    public readonly clientOptions: { documentSelector: unknown[]; initializationOptions: unknown },
  ) {
    LanguageClient.instances.push(this);
  }

  onNotification(method: string, handler: (params: unknown) => void): void {
    this.handlers.set(method, handler);
  }

  async start(): Promise<void> {
    if (LanguageClient.startError) {
      throw LanguageClient.startError;
    }

    this.started = true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
  }

  async sendNotification(method: string, params?: unknown): Promise<void> {
    this.sent.push({ method, params });
  }

  async sendRequest(method: string): Promise<unknown> {
    throw new Error(`no fake answer for ${method}`);
  }

  /** A notification from the server, as the real client would dispatch it. */
  receive(method: string, params: unknown): void {
    this.handlers.get(method)?.(params);
  }
}
