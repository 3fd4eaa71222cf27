export declare const DEFAULT_CSP: string;
export declare const MIME: Record<string, string>;
export declare function cspFromHtml(html: string): string | undefined;

export interface ServeOptions {
  /** sub-path the site is served under; default '/sa-playground/' */
  base?: string;
  /** the Content-Security-Policy header for HTML; default: the built index.html's meta CSP, else DEFAULT_CSP; false: none */
  csp?: string | false;
  /** gzip text responses when the client accepts it (as GitHub Pages does) */
  gzip?: boolean;
  port?: number;
}

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** normalised base, with leading and trailing slash */
  base: string;
  /** origin + base: the site's landing page */
  url: string;
  /** the CSP header sent with HTML responses */
  csp: string | undefined;
  /** every path answered 404, in order */
  notFound: string[];
  /** every path requested, in order */
  requests: string[];
  close(): Promise<void>;
}

export declare function serve(dir: string, opts?: ServeOptions): Promise<StaticServer>;
