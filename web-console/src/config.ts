/** Where the console signs people in, served by the gateway so one build runs in every deployment. */
export interface ConsoleConfig {
  issuer: string;
  clientId: string;
}

let loaded: Promise<ConsoleConfig> | undefined;

export function consoleConfig(): Promise<ConsoleConfig> {
  loaded ??= fetch('/config.json').then((response) => {
    if (!response.ok) throw new Error(`The console's settings could not be read (HTTP ${response.status}).`);
    return response.json() as Promise<ConsoleConfig>;
  });
  return loaded;
}
