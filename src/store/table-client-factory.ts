import { TableClient, TableServiceClient } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { StorageTarget } from '../config';
import { azuriteConnectionString } from './embedded-azurite';

/** Makes a TableClient for a table name; every repository gets its client from here. */
export interface TableClientFactory {
  client(tableName: string): TableClient;
  service(): TableServiceClient;
  /** A human description without secrets, for logs. */
  describe(): string;
}

export interface FactoryOptions {
  /** Extra pipeline policies (the benchmark counts storage requests with one). */
  policies?: PipelinePolicy[];
}

/** Azurite, a connection string, or an account URL with DefaultAzureCredential (managed identity). */
export function createTableClientFactory(target: StorageTarget, options: FactoryOptions = {}): TableClientFactory {
  const additionalPolicies = (options.policies ?? []).map((policy) => ({ policy, position: 'perCall' as const }));
  switch (target.kind) {
    case 'azurite':
      return fromConnectionString(azuriteConnectionString(target.port), additionalPolicies, `embedded Azurite on 127.0.0.1:${target.port}`);
    case 'connection-string':
      return fromConnectionString(target.connectionString, additionalPolicies, `account ${accountName(target.connectionString)} (connection string)`);
    case 'account-url': {
      const credential = new DefaultAzureCredential();
      const url = target.accountUrl.replace(/\/+$/, '');
      return {
        client: (tableName) => new TableClient(url, tableName, credential, { additionalPolicies }),
        service: () => new TableServiceClient(url, credential, { additionalPolicies }),
        describe: () => `${url} (managed identity)`,
      };
    }
  }
}

function fromConnectionString(
  connectionString: string,
  additionalPolicies: { policy: PipelinePolicy; position: 'perCall' }[],
  description: string,
): TableClientFactory {
  const allowInsecureConnection = /(^|;)\s*(DefaultEndpointsProtocol=http;|TableEndpoint=http:|UseDevelopmentStorage=true)/i.test(connectionString);
  const options = { allowInsecureConnection, additionalPolicies };
  return {
    client: (tableName) => TableClient.fromConnectionString(connectionString, tableName, options),
    service: () => TableServiceClient.fromConnectionString(connectionString, options),
    describe: () => description,
  };
}

function accountName(connectionString: string): string {
  return /AccountName=([^;]+)/i.exec(connectionString)?.[1] ?? 'unknown';
}
