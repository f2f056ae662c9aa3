import { Pipeline, exponentialRetryPolicy, exponentialRetryPolicyName } from '@azure/core-rest-pipeline';

/** The connector client's own retry policy, as @azure/core-client names it. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

/**
 * The Bot Framework connector client retries a 429 by itself (its pipeline's `defaultRetryPolicy` waits the
 * Retry-After and sends again, up to three times): the retry goes out unpaced, on top of the sends the pacer
 * lets through, and the pacer never learns that Teams pushed back. This swaps that policy for one that retries
 * only gateway and network errors (5xx, 408, connection resets, with exponential backoff), so a 429 reaches
 * the messenger, which waits its Retry-After and retries in a paced slot (send-pacer.ts).
 *
 * `connectorClient` is what the adapter keeps under `ConnectorClientKey` for the turn (a new client per
 * proactive turn). Its pipeline is not part of botbuilder's typed API (botbuilder-stdlib's
 * ServiceClientContext keeps it in `client.pipeline`): false when it is not there (a botbuilder upgrade moved
 * it), and sends then work as before, with the SDK retrying 429s itself.
 */
export function leaveThrottlingToThePacer(connectorClient: unknown): boolean {
  const pipeline = (connectorClient as { client?: { pipeline?: Partial<Pipeline> } } | undefined)?.client?.pipeline;
  if (typeof pipeline?.removePolicy !== 'function' || typeof pipeline.addPolicy !== 'function' || typeof pipeline.getOrderedPolicies !== 'function') return false;
  if (pipeline.removePolicy({ name: SDK_RETRY_POLICY }).length) pipeline.addPolicy(exponentialRetryPolicy({ maxRetries: 3 }), { phase: 'Retry' });
  const names = pipeline.getOrderedPolicies().map((p) => p.name);
  return names.includes(exponentialRetryPolicyName) && !names.includes(SDK_RETRY_POLICY);
}
