// Requests that keep their User-Agent. Browsers treat User-Agent as a header
// a script may not set, and drop it from `new Request(...)` without a word
// (Node keeps it) — yet the API server needs it: kubectl and curl get
// pretty-printed JSON because of it, and the audit log shows who the client
// was. So the header also rides along on the Request as a property.
const USER_AGENT = Symbol.for('sa-playground.user-agent');

type WithAgent = Request & { [USER_AGENT]?: string };

export function makeRequest(url: string, init: RequestInit = {}): Request {
  const request: WithAgent = new Request(url, init);
  const agent = new Headers(init.headers).get('User-Agent');
  if (agent !== null) request[USER_AGENT] = agent;
  return request;
}

/** the User-Agent a client sent, wherever the runtime kept it */
export function userAgentOf(request: Request): string | null {
  return request.headers.get('User-Agent') ?? (request as WithAgent)[USER_AGENT] ?? null;
}
