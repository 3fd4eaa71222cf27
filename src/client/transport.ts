// How clients reach an API server: a function from Request to Response.
// In the page and in tests it is the simulated cluster's apiServer.handle.

export type Transport = (request: Request) => Promise<Response>;
