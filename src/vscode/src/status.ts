/** The server's docrules/status notification. */
export interface ServerStatus {
  state: "ok" | "error" | "disabled" | string;
  packs: number;
  rules: number;
  message: string;
}

export interface StatusView {
  text: string;
  tooltip: string;
  isError: boolean;
}

/** What the status bar item shows for a status. */
export function describeStatus(status: ServerStatus | undefined, enabled: boolean): StatusView {
  if (!enabled) {
    return { text: "$(circle-slash) DocRules", tooltip: "DocRules is disabled (docrules.enable)", isError: false };
  }

  if (!status) {
    return { text: "$(sync~spin) DocRules", tooltip: "DocRules: loading rule packs…", isError: false };
  }

  const counts = `${status.rules} rule${status.rules === 1 ? "" : "s"} in ${status.packs} pack${status.packs === 1 ? "" : "s"}`;
  if (status.state === "error") {
    return { text: `$(warning) DocRules: ${status.rules}`, tooltip: `DocRules: ${counts}. ${status.message}`.trim(), isError: true };
  }

  return { text: `$(check) DocRules: ${status.rules}`, tooltip: `DocRules: ${counts}`, isError: false };
}
