import type * as restify from 'restify';

/**
 * The three pages the Teams manifest links from the app's About tab (developer.websiteUrl, privacyUrl,
 * termsOfUseUrl). infra/main.bicep points the links here unless the organisation gives its own pages, so
 * `atk provision` always has a value for them. Static text, no data read: safe for anyone to fetch.
 */
export const ABOUT_PATHS = { website: '/', privacy: '/privacy', terms: '/terms' } as const;

const PAGES: Record<keyof typeof ABOUT_PATHS, { title: string; body: string[] }> = {
  website: {
    title: 'Chaser',
    body: [
      'Chaser is a Microsoft Teams bot that follows up the actions agreed at oversight board meetings.',
      'The secretariat loads the actions from the minutes or the action letter; Chaser keeps the action register, reminds each lead before and after the due date, records their updates and posts a weekly RAG digest.',
      'Chaser is run by your organisation in its own Azure subscription. Ask the board secretariat about access.',
    ],
  },
  privacy: {
    title: 'Chaser: privacy',
    body: [
      'Chaser is run by your organisation in its own Azure subscription and tenant. It keeps the action register in your organisation\'s Azure Table Storage: each action, its lead, the Teams users who answer for it, and every update (who, when, status, text).',
      'To send reminders it keeps, for each person who opened Chaser, the Teams conversation reference Microsoft Teams gives it. It does not read chats it is not part of.',
      'Logs (in your organisation\'s Azure Monitor) record what Chaser did and for whom; they never hold secrets. If your organisation has configured Azure OpenAI, questions Chaser does not understand are sent to that service in your organisation\'s Azure subscription.',
      'Your organisation\'s data protection officer is the contact for requests about this data.',
    ],
  },
  terms: {
    title: 'Chaser: terms of use',
    body: [
      'Chaser is provided by your organisation for the work of its boards. Use it for board actions and their updates only.',
      'Updates you send become part of the board\'s action register and are seen by the secretariat and the board.',
      'Your organisation\'s acceptable use policy applies.',
    ],
  },
};

/** The HTML of one page (no user input goes in: the text above is fixed). */
export function aboutPage(page: keyof typeof ABOUT_PATHS): string {
  const { title, body } = PAGES[page];
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title></head>`,
    `<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5"><h1>${title}</h1>`,
    ...body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`),
    '</body></html>',
  ].join('\n');
}

/** Registers GET /, /privacy and /terms. */
export function registerAboutPages(server: restify.Server): void {
  for (const [page, route] of Object.entries(ABOUT_PATHS) as [keyof typeof ABOUT_PATHS, string][]) {
    const html = aboutPage(page);
    server.get(route, async (_req: restify.Request, res: restify.Response) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600' });
      res.end(html);
    });
  }
}
