// The part of the `vscode` API the extension uses, recorded for tests that run in plain Node
// (no VS Code download). install.ts makes `require("vscode")` return this module.

type Listener<T> = (value: T) => unknown;

export interface Disposable {
  dispose(): void;
}

/** What the tests set and read: configuration values, registered commands, shown messages. */
export const fake = {
  configuration: new Map<string, unknown>(),
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  messages: [] as { level: "info" | "warning" | "error"; text: string }[],
  statusItems: [] as StatusBarItem[],
  configurationListeners: [] as Listener<{ affectsConfiguration(section: string): boolean }>[],
  reset(): void {
    this.configuration.clear();
    this.commands.clear();
    this.messages.length = 0;
    this.statusItems.length = 0;
    this.configurationListeners.length = 0;
  },
  /** Changes settings (`docrules.x` keys) and fires onDidChangeConfiguration as VS Code does. */
  async change(values: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      this.configuration.set(key, value);
    }

    const keys = Object.keys(values);
    const event = { affectsConfiguration: (section: string) => keys.some((k) => k === section || k.startsWith(section + ".")) };
    for (const listener of this.configurationListeners) {
      await listener(event);
    }
  },
};

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export class ThemeColor {
  constructor(public readonly id: string) {}
}

export class Range {
  constructor(public readonly startLine: number, public readonly startCharacter: number, public readonly endLine: number, public readonly endCharacter: number) {}
}

export class StatusBarItem {
  text = "";
  tooltip: string | undefined;
  command: string | undefined;
  backgroundColor: ThemeColor | undefined;
  visible = false;
  constructor(public readonly alignment: StatusBarAlignment, public readonly priority: number) {}
  show(): void {
    this.visible = true;
  }
  dispose(): void {
    this.visible = false;
  }
}

export const window = {
  activeTextEditor: undefined,
  createStatusBarItem(alignment: StatusBarAlignment, priority: number): StatusBarItem {
    const item = new StatusBarItem(alignment, priority);
    fake.statusItems.push(item);
    return item;
  },
  async showInformationMessage(text: string): Promise<undefined> {
    fake.messages.push({ level: "info", text });
    return undefined;
  },
  async showWarningMessage(text: string): Promise<undefined> {
    fake.messages.push({ level: "warning", text });
    return undefined;
  },
  async showErrorMessage(text: string): Promise<undefined> {
    fake.messages.push({ level: "error", text });
    return undefined;
  },
  async showQuickPick(): Promise<undefined> {
    return undefined;
  },
};

export const commands = {
  registerCommand(name: string, callback: (...args: unknown[]) => unknown): Disposable {
    fake.commands.set(name, callback);
    return { dispose: () => fake.commands.delete(name) };
  },
  async executeCommand(): Promise<undefined> {
    return undefined;
  },
};

export const workspace = {
  getConfiguration(section: string) {
    return {
      get<T>(key: string, defaultValue?: T): T | undefined {
        const value = fake.configuration.get(`${section}.${key}`);
        return (value === undefined ? defaultValue : value) as T | undefined;
      },
    };
  },
  onDidChangeConfiguration(listener: Listener<{ affectsConfiguration(section: string): boolean }>): Disposable {
    fake.configurationListeners.push(listener);
    return { dispose: () => fake.configurationListeners.splice(fake.configurationListeners.indexOf(listener), 1) };
  },
  async applyEdit(): Promise<boolean> {
    return true;
  },
  async openTextDocument(): Promise<unknown> {
    return { uri: "untitled:doc" };
  },
};

export const languages = {
  getDiagnostics(): unknown[] {
    return [];
  },
};
