// The OnceHub client the tools share, made once from the configuration; a problem with it becomes each call's answer.
import { DEFAULT_BASE_URL, OnceLink, OnceLinkError, type ClientOptions } from '@oncelink/sdk';
import { ConfigError } from './errors.js';

export interface ClientConfig {
  /** The OnceHub API key (from ONCEHUB_API_KEY); never echoed in a result, log or error. */
  apiKey?: string | undefined;
  /** The API root (from ONCEHUB_BASE_URL); OnceHub's own when absent. */
  baseURL?: string | undefined;
  /** Further client options (timeouts, retries, pacing), for tests and embedding. */
  clientOptions?: Omit<ClientOptions, 'apiKey' | 'baseURL'> | undefined;
}

/** The client, or the ConfigError that explains why there is none. */
export function makeClient(config: ClientConfig): OnceLink | ConfigError {
  const apiKey = config.apiKey || undefined;
  const baseURL = config.baseURL || undefined;
  if (apiKey === undefined && (baseURL === undefined || baseURL === DEFAULT_BASE_URL)) {
    return new ConfigError(
      'No OnceHub API key is configured, so nothing can be listed or created. Set ONCEHUB_API_KEY in the env of this ' +
        "server's entry in the MCP client's configuration (the key is on OnceHub's API settings page), then restart the " +
        'server; or start it with --mock to try it against a fake with demo data.',
    );
  }
  try {
    return new OnceLink({ ...config.clientOptions, apiKey, baseURL });
  } catch (e) {
    if (!(e instanceof OnceLinkError)) throw e;
    // The SDK's words name the option (never the key's value); say which variable holds it.
    return new ConfigError(
      `The OnceHub settings of this server are not usable (ONCEHUB_API_KEY, ONCEHUB_BASE_URL): ${e.message}`,
    );
  }
}
