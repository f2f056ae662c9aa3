import { z } from 'zod';
import { STATUSES } from '../domain/action';
import { isIsoDate } from '../domain/calendar-date';
import type { Interpretation, QuestionContext } from '../domain/chat';
import type { Logger } from '../log';
import type { QuestionModel } from './question-model';

const INTENTS = ['overdue', 'due', 'open', 'status', 'needs-date', 'show-action', 'search'] as const;
const date = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD');

/** The one tool the model is offered: describe a read-only query. What it returns is validated here. */
const QUERY = z.object({
  intent: z.enum(INTENTS),
  lead: z.string().max(80).optional(),
  mine: z.boolean().optional(),
  statuses: z.array(z.enum(STATUSES)).max(5).optional(),
  dueFrom: date.optional(),
  dueTo: date.optional(),
  overdue: z.boolean().optional(),
  text: z.string().max(120).optional(),
  actionNumber: z.number().int().positive().max(9999).optional(),
});

const TOOL = {
  type: 'function',
  function: {
    name: 'query_register',
    description: "Describe a read-only query over the board's action register. Chaser runs it; nothing is changed.",
    parameters: {
      type: 'object',
      properties: {
        intent: { type: 'string', enum: INTENTS },
        lead: { type: 'string', description: 'The lead as the register names it' },
        mine: { type: 'boolean', description: "The asker's own actions" },
        statuses: { type: 'array', items: { type: 'string', enum: STATUSES } },
        dueFrom: { type: 'string', description: 'YYYY-MM-DD, inclusive' },
        dueTo: { type: 'string', description: 'YYYY-MM-DD, inclusive' },
        overdue: { type: 'boolean' },
        text: { type: 'string', description: 'Words to search the action text for' },
        actionNumber: { type: 'integer' },
      },
      required: ['intent'],
    },
  },
} as const;

export interface AzureOpenAiSettings {
  endpoint: string;
  apiKey: string;
  deployment: string;
  apiVersion?: string;
  timeoutMs?: number;
}

/** Azure OpenAI chat completions with a forced tool call; any failure means "not understood", never an error. */
export function azureOpenAiQuestionModel(settings: AzureOpenAiSettings, log: Logger): QuestionModel {
  const url = `${settings.endpoint.replace(/\/+$/, '')}/openai/deployments/${encodeURIComponent(settings.deployment)}/chat/completions?api-version=${settings.apiVersion ?? '2024-06-01'}`;
  return {
    async interpret(question: string, context: QuestionContext): Promise<Interpretation | null> {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'api-key': settings.apiKey },
          signal: AbortSignal.timeout(settings.timeoutMs ?? 6000),
          body: JSON.stringify({
            temperature: 0,
            messages: [
              { role: 'system', content: `You read questions about an oversight board's action register. Today is ${context.today} (Europe/London). Known leads: ${context.knownLeads.join(', ') || 'none'}. Answer only by calling query_register.` },
              { role: 'user', content: question.slice(0, 500) },
            ],
            tools: [TOOL],
            tool_choice: { type: 'function', function: { name: TOOL.function.name } },
          }),
        });
        if (!res.ok) throw new Error(`Azure OpenAI answered ${res.status}`);
        const body = (await res.json()) as { choices?: Array<{ message?: { tool_calls?: Array<{ function?: { name?: string; arguments?: string } }> } }> };
        const call = body.choices?.[0]?.message?.tool_calls?.find((c) => c.function?.name === TOOL.function.name);
        const parsed = QUERY.safeParse(JSON.parse(call?.function?.arguments ?? 'null'));
        if (!parsed.success) return null;
        const { intent, actionNumber, ...filters } = parsed.data;
        if (intent === 'show-action' && !actionNumber) return null;
        return { intent, filters: { ...filters, ...(actionNumber ? { action: { number: actionNumber } } : {}) }, suggestions: [] };
      } catch (err) {
        log.warn({ err: err instanceof Error ? err.message : String(err) }, 'the language model could not read a question; falling back');
        return null;
      }
    },
  };
}
