// What every tool gets from the server: the shared client, and one wrapper that turns failures into results.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { OnceLink } from '@oncelink/sdk';
import { ConfigError, type ErrorContext } from '../errors.js';
import { fail, scrub } from '../results.js';

export interface ToolContext {
  /** The client, or throws the ConfigError that says how to configure one. */
  client(): OnceLink;
  /** Runs a tool's body: a throw becomes an isError result in words, and no result ever holds the API key. */
  run(body: () => Promise<CallToolResult>, context?: () => ErrorContext): Promise<CallToolResult>;
}

export function toolContext(made: OnceLink | ConfigError, secret: string | undefined): ToolContext {
  return {
    client() {
      if (made instanceof ConfigError) throw made;
      return made;
    },
    async run(body, context) {
      let result: CallToolResult;
      try {
        result = await body();
      } catch (error) {
        result = fail(error, context?.());
      }
      return scrub(result, secret);
    },
  };
}

/** How many items a list tool returns at most: more would flood the model's context. */
export const listCap = 200;
