// Chaser on Azure: everything the bot needs in one resource group.
//
//   user-assigned managed identity ── is the bot's identity (Azure Bot, UserAssignedMSI: no client secret)
//                                  └─ reads and writes the tables (Storage Table Data Contributor)
//   storage account (Table service; no shared keys, no public blobs, TLS 1.2)
//   App Service plan (Linux) + web app (Node 24 LTS, always on, /healthz health check, HTTPS only)
//   Azure Bot (single tenant, Teams channel) → https://<web app>/api/messages
//   Log Analytics workspace + Application Insights (web app logs and requests)
//
// Deploy: az deployment group create -g <group> -n chaser-<env> -f infra/main.bicep -p infra/main.parameters.json -p environmentName=<env>
// (the Agents Toolkit fills environmentName from TEAMSFX_ENV). The outputs (BOT_ID, BOT_DOMAIN, the About
// links, …) fill env/.env.<env> for `npm run package`.
// App setting names are the ones src/config.ts reads; a test (tests/unit/ship) checks them.
//
// Microsoft Graph (issue #21: finding leads by e-mail address, installing Chaser for them, leavers and guests).
// Bicep here cannot grant Graph application permissions; a Global or Privileged Role Administrator grants them
// to the managed identity once, after the first deployment (Chaser works without them and reports instead):
//   User.Read.All                                 find a lead by UPN or e-mail address; leavers and guests at the sweep
//   TeamsAppInstallation.ReadWriteSelfForUser.All install Chaser (only Chaser) for mapped people it cannot reach
//   AppCatalog.Read.All                           find Chaser's id in the organisation's app catalogue
// e.g. az rest --method POST --uri https://graph.microsoft.com/v1.0/servicePrincipals/<identity principal id>/appRoleAssignments
//   --body '{"principalId":"<identity principal id>","resourceId":"<Microsoft Graph service principal id>","appRoleId":"<role id>"}'
// Set CHASER_TEAMS_APP_ID (the manifest id, TEAMS_APP_ID) for installation; CHASER_INSTALL_FOR_LEADS=false
// where admins pre-install apps by policy.

targetScope = 'resourceGroup'

@description('Short name used to build resource names: lower-case letters and digits, 3 to 12 characters.')
@minLength(3)
@maxLength(12)
param resourceBaseName string

@description('Agents Toolkit environment (dev, prod, …): part of every resource name, so several environments can share one resource group. Lower-case letters and digits, 2 to 10 characters.')
@minLength(2)
@maxLength(10)
param environmentName string

@description('Azure region for the resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for one board; Always On needs Basic or above.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Storage redundancy for the action register.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Azure Bot pricing tier. The Teams channel is free on F0; S1 lifts the premium channel message limit.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name of the bot as shown in the Azure portal.')
@maxLength(42)
param botDisplayName string = 'Chaser'

@description('Prefix of every table name (letters and digits), so several registers can share the account.')
param tablePrefix string = 'chaser'

@description('Secretariat users (Entra object ids or UPNs, comma separated) with full rights from the start.')
param admins string = ''

@description('Log level: fatal, error, warn, info, debug, trace or silent.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Shared secret for the HTTP job triggers (X-Chaser-Jobs-Secret). Empty = triggers off.')
@secure()
param jobsSecret string = ''

@description('Days the Log Analytics workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('When the reminder sweep runs (cron, Europe/London).')
param reminderSchedule string = '0 9 * * 1-5'

@description('When the weekly digest is posted (cron, Europe/London).')
param digestSchedule string = '0 8 * * 1'

@description('The app\'s website link on its About tab in Teams (https). Empty = the About page Chaser serves itself.')
param websiteUrl string = ''

@description('Privacy statement link (https). Empty = the privacy page Chaser serves itself.')
param privacyUrl string = ''

@description('Terms of use link (https). Empty = the terms page Chaser serves itself.')
param termsUrl string = ''

@description('Tags put on every resource.')
param tags object = {}

// Names come from the base name, the environment and the resource group: dev and prod differ in one group.
var envName = toLower(environmentName)
var suffix = uniqueString(resourceGroup().id, resourceBaseName, envName)
var baseName = '${toLower(resourceBaseName)}-${envName}'
// Storage names are global, at most 24 characters: 'st', 9 of the base name, the 13-character suffix.
var storageAccountName = take('st${take(replace(baseName, '-', ''), 9)}${suffix}', 24)
var webAppName = '${baseName}-${suffix}'
// Storage Table Data Contributor (built-in role): read, write, create and delete tables and entities.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}-${suffix}'
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Chaser reaches the tables with its managed identity only: account keys and SAS are switched off.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
        table: {
          enabled: true
        }
      }
    }
  }
}

// Chaser creates its tables (prefix + Actions, OpenActionsByDue, …) on first use; the role below allows it.
resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'Chaser reads and writes its action register tables.'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node --no-deprecation dist/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // The bot runs as the user-assigned managed identity: no password to store or rotate.
        {
          name: 'MICROSOFT_APP_ID'
          value: identity.properties.clientId
        }
        {
          name: 'MICROSOFT_APP_TYPE'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MICROSOFT_APP_TENANT_ID'
          value: identity.properties.tenantId
        }
        // Tables by account URL; DefaultAzureCredential picks the identity named by AZURE_CLIENT_ID.
        {
          name: 'CHASER_STORAGE_ACCOUNT_URL'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'CHASER_TABLE_PREFIX'
          value: tablePrefix
        }
        {
          name: 'CHASER_ADMINS'
          value: admins
        }
        {
          name: 'CHASER_JOBS_SECRET'
          value: jobsSecret
        }
        {
          name: 'CHASER_LOG_LEVEL'
          value: logLevel
        }
        // Only this tenant's Teams users may talk to the bot.
        {
          name: 'CHASER_ALLOWED_TENANTS'
          value: identity.properties.tenantId
        }
        {
          name: 'CHASER_REMINDER_SCHEDULE'
          value: reminderSchedule
        }
        {
          name: 'CHASER_DIGEST_SCHEDULE'
          value: digestSchedule
        }
        {
          name: 'CHASER_PLAYGROUND'
          value: 'false'
        }
        {
          name: 'CHASER_DEMO_DATA'
          value: 'false'
        }
        // Platform settings.
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
        // The deployed zip (npm run build:deploy) already holds dist/ and the production node_modules: run it as is.
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES'
          value: '3'
        }
      ]
    }
  }
  dependsOn: [
    tableDataRole
  ]
}

// Web app logs (Chaser writes JSON lines to stdout) and HTTP logs into the workspace.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// Names are UPPER_SNAKE so the Agents Toolkit writes them straight into env/.env.<env>.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}/api/messages'
output BOT_RESOURCE_NAME string = bot.name
output WEB_APP_NAME string = webApp.name
output WEB_APP_RESOURCE_ID string = webApp.id
output STORAGE_ACCOUNT_NAME string = storage.name
output STORAGE_TABLE_ENDPOINT string = storage.properties.primaryEndpoints.table
output MANAGED_IDENTITY_RESOURCE_ID string = identity.id
output APPLICATION_INSIGHTS_NAME string = insights.name
output LOG_ANALYTICS_WORKSPACE_NAME string = logs.name
// The links on the app's About tab (appPackage/manifest.json): given ones, or the pages Chaser serves.
output APP_WEBSITE_URL string = empty(websiteUrl) ? 'https://${webApp.properties.defaultHostName}/' : websiteUrl
output APP_PRIVACY_URL string = empty(privacyUrl) ? 'https://${webApp.properties.defaultHostName}/privacy' : privacyUrl
output APP_TERMS_URL string = empty(termsUrl) ? 'https://${webApp.properties.defaultHostName}/terms' : termsUrl
